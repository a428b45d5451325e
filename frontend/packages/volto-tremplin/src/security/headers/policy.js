/**
 * The security headers of the pages Volto serves, as pure functions (the
 * Express middleware in middleware.js applies them). Each exception to a
 * strict policy is explained where it is made; the developer page
 * docs/developer/frontend-sessions-headers.md lists them all.
 */

/**
 * Browser features the platform never uses, refused to the page and to
 * anything it embeds. Only names Chromium and Firefox know (an unknown
 * name is a console error). Full screen stays for the page's own videos.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * One year, subdomains included, no preload (preloading is a decision for
 * the operator of the domain, see devops/).
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Did the request reach us over HTTPS? Volto listens on plain HTTP behind
 * the TLS proxy, which says so in X-Forwarded-Proto. The header can be
 * forged on a plain HTTP request, but a browser ignores HSTS received over
 * HTTP (RFC 6797 §8.1), so a forged one changes nothing.
 */
export function isHttps(req) {
  if (req.secure) {
    return true;
  }
  const forwarded = `${req.headers?.['x-forwarded-proto'] || ''}`;
  return forwarded.split(',')[0].trim().toLowerCase() === 'https';
}

/** The origin (scheme://host:port) of an absolute URL, or null. */
export function originOf(url) {
  try {
    const { origin } = new URL(url);
    return origin && origin !== 'null' ? origin : null;
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy of a page whose own inline scripts carry
 * `nonce`. `connectSources`: origins the browser calls besides the page's
 * own (the API when it is on another host); `extra`: sources a deployment
 * adds, `{directive: [source, …]}` (config.settings.tremplinCsp).
 */
export function contentSecurityPolicy({
  nonce,
  connectSources = [],
  https = false,
  extra = {},
}) {
  const directives = {
    'default-src': ["'self'"],
    // Volto's bundles come from the site; its two inline scripts (window.env
    // and the Redux state, window.__data) get the nonce of the response.
    // No 'unsafe-inline', no 'unsafe-eval', no 'strict-dynamic' (webpack
    // loads its chunks from 'self').
    'script-src': ["'self'", `'nonce-${nonce}'`],
    // React renders style="" attributes in the server's HTML, Semantic UI
    // and the ALTCHA widget inject <style> elements: inline styles stay.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: for inline SVG images (the MFA QR code), blob: for the previews
    // of files chosen in upload widgets.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...connectSources],
    // The ALTCHA widget runs its proof of work in a Web Worker created from
    // a blob: URL (altcha 3.x default bundle).
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:'],
    // The players of the video links on profiles (src/profiles/media.js):
    // privacy-friendly YouTube and Vimeo only.
    'frame-src': [
      "'self'",
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
    ],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // No other site may frame ours (clickjacking); X-Frame-Options says the
    // same to older browsers.
    'frame-ancestors': ["'none'"],
  };
  for (const [name, sources] of Object.entries(extra || {})) {
    directives[name] = [...(directives[name] || []), ...sources];
  }
  const parts = Object.entries(directives).map(
    ([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`,
  );
  if (https) {
    parts.push('upgrade-insecure-requests');
  }
  return parts.join('; ');
}

/**
 * Every security header of one response. `production`: only a production
 * build gets the full CSP; the development server's hot reloading
 * evaluates code (webpack's eval source maps), so there it is reduced to
 * frame-ancestors.
 */
export function securityHeaders({
  nonce,
  https = false,
  production = true,
  connectSources = [],
  extraCsp = {},
}) {
  const headers = {
    'Content-Security-Policy': production
      ? contentSecurityPolicy({
          nonce,
          connectSources,
          https,
          extra: extraCsp,
        })
      : "frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // Pages opened by ours, or opening ours, get no handle on each other's
    // window (no popup-based sign-in is used).
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (https) {
    headers['Strict-Transport-Security'] = STRICT_TRANSPORT_SECURITY;
  }
  return headers;
}

// Volto 18's Html.jsx (helpers/Html) writes exactly these inline scripts:
// window.env in <head>, the Redux state after the page's markup, and a
// small loader in <head> when public/critical.css exists.
const HEAD_SCRIPTS = ['<script>window.env = ', '<script>function alter() {'];
const STATE_SCRIPT = /<script charset="UTF-8">window\.__data=/gi;

/**
 * `html` with the nonce on Volto's own inline scripts, and on nothing else.
 *
 * Volto 18 has no CSP support (plone/volto#7281): its Html component renders
 * the scripts without a nonce and cannot be given one without forking it.
 * They are found by position, so that markup injected into the page can
 * never receive the nonce: each one is the LAST match of its opening text
 * in its part of the page (the head scripts before the first </head>, the
 * state script after it). What follows them is Volto's own: links and
 * styles in <head>, the bundle's <script src> tags after the state; text a
 * member writes is escaped by React, and the serialized state escapes "<".
 */
export function stampNonce(html, nonce) {
  const attribute = `<script nonce="${nonce}">`;
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) {
    return html;
  }
  let head = html.slice(0, headEnd);
  for (const start of HEAD_SCRIPTS) {
    const at = head.lastIndexOf(start);
    if (at >= 0) {
      head =
        head.slice(0, at) +
        start.replace('<script>', attribute) +
        head.slice(at + start.length);
    }
  }
  let body = html.slice(headEnd);
  const matches = [...body.matchAll(STATE_SCRIPT)];
  const state = matches[matches.length - 1];
  if (state) {
    const stamped = state[0].replace(/^<script /, `<script nonce="${nonce}" `);
    body =
      body.slice(0, state.index) +
      stamped +
      body.slice(state.index + state[0].length);
  }
  return head + body;
}
