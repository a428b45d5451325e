/**
 * Security headers on the responses of the Volto server (spec §4.2.6):
 * CSP with a nonce for Volto's own inline scripts, HSTS over HTTPS,
 * nosniff, Referrer-Policy, frame-ancestors, Permissions-Policy. See
 * policy.js for each choice and docs/developer/frontend-sessions-headers.md.
 */
export default function installHeaders(config) {
  if (__SERVER__) {
    // Required here so the client bundle never contains Express.
    const securityHeadersMiddleware = require('./middleware').default;
    const { appendForwardedFor } = require('./forwardedFor');
    config.settings.expressMiddleware = [
      // First, so that every other middleware's response has them too.
      securityHeadersMiddleware(),
      // Before Volto's /++api++ proxy, which passes the request headers on.
      appendForwardedFor,
      ...(config.settings.expressMiddleware || []),
    ];
  }
  return config;
}
