/**
 * Express middleware (server only) that puts the security headers on every
 * response of the Volto server: pages, static files, and the API answers
 * it proxies (there the backend's own headers, copied by the proxy, win).
 */
import crypto from 'crypto';
import express from 'express';
import config from '@plone/volto/registry';
import { isHttps, originOf, securityHeaders, stampNonce } from './policy';

/** 128 random bits, fresh for every response (CSP nonce). */
export function newNonce() {
  return crypto.randomBytes(16).toString('base64');
}

/**
 * Origins the browser sends API requests to, besides the page's own: the
 * public API address when it is on another host (RAZZLE_API_PATH).
 */
function apiOrigins(req) {
  const api = originOf(config.settings.apiPath);
  const own = `${isHttps(req) ? 'https' : 'http'}://${req.headers.host}`;
  return api && api !== own ? [api] : [];
}

/** Is this a page rendered by Volto's Html component? */
function isVoltoPage(body) {
  return (
    typeof body === 'string' && /^\s*<!doctype html>/i.test(body.slice(0, 64))
  );
}

/** Sets the headers, and stamps the nonce on the page it sends, if any. */
export function applySecurityHeaders(req, res, next) {
  const nonce = newNonce();
  res.locals.cspNonce = nonce;
  res.set(
    securityHeaders({
      nonce,
      https: isHttps(req),
      production: process.env.NODE_ENV === 'production',
      connectSources: apiOrigins(req),
      extraCsp: config.settings.tremplinCsp,
    }),
  );
  const send = res.send.bind(res);
  res.send = (body) => send(isVoltoPage(body) ? stampNonce(body, nonce) : body);
  next();
}

export default function securityHeadersMiddleware() {
  const middleware = express.Router();
  middleware.use(applySecurityHeaders);
  middleware.id = 'tremplin-security-headers';
  return middleware;
}
