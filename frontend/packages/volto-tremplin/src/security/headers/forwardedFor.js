/**
 * Express middleware (server only): the API requests Volto's /++api++ proxy
 * passes to Plone carry the browser's address in X-Forwarded-For, appended
 * as nginx's $proxy_add_x_forwarded_for does. Plone trusts Volto's address
 * (zope.conf trusted-proxy) and reads the entry Volto appended, so the login
 * guard counts failures per person, not per Volto server. A header the
 * browser forged stays to the left, where Zope never looks.
 */
export function appendForwardedFor(req, res, next) {
  if (req.path.startsWith('/++api++')) {
    const address = req.socket?.remoteAddress;
    const earlier = req.headers['x-forwarded-for'];
    if (address) {
      req.headers['x-forwarded-for'] = earlier
        ? `${earlier}, ${address}`
        : address;
    }
  }
  next();
}
