import {
  contentSecurityPolicy,
  isHttps,
  originOf,
  securityHeaders,
  stampNonce,
} from './policy';

/** The directives of a CSP, as {name: [sources]}. */
const directivesOf = (policy) =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site and with the nonce only', () => {
    const csp = directivesOf(contentSecurityPolicy({ nonce: 'abc' }));
    expect(csp['script-src']).toEqual(["'self'", "'nonce-abc'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    // The ALTCHA widget's worker, images in data: and blob: URLs.
    expect(csp['worker-src']).toEqual(["'self'", 'blob:']);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp['connect-src']).toEqual(["'self'"]);
    // The video players that profile pages embed, nothing else.
    expect(csp['frame-src']).toEqual([
      "'self'",
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
    ]);
    expect(csp['upgrade-insecure-requests']).toBeUndefined();
    const all = Object.values(csp).flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
  });

  it('adds the API host, HTTPS upgrades and what the deployment adds', () => {
    const csp = directivesOf(
      contentSecurityPolicy({
        nonce: 'abc',
        connectSources: ['https://api.tremplin.example'],
        https: true,
        extra: {
          'frame-src': ['https://video.oif.example'],
          'connect-src': ["'self'"],
        },
      }),
    );
    expect(csp['connect-src']).toEqual([
      "'self'",
      'https://api.tremplin.example',
    ]);
    expect(csp['frame-src']).toEqual([
      "'self'",
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
      'https://video.oif.example',
    ]);
    expect(csp['upgrade-insecure-requests']).toEqual([]);
  });
});

describe('securityHeaders', () => {
  it('gives every response the headers', () => {
    const headers = securityHeaders({ nonce: 'abc' });
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(headers['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
    expect(headers['Permissions-Policy']).toMatch(/geolocation=\(\)/);
    expect(headers['Content-Security-Policy']).toContain("'nonce-abc'");
    expect(headers['Strict-Transport-Security']).toBeUndefined();
  });

  it('adds HSTS over HTTPS only', () => {
    expect(
      securityHeaders({ nonce: 'abc', https: true })[
        'Strict-Transport-Security'
      ],
    ).toBe('max-age=31536000; includeSubDomains');
  });

  it('keeps only frame-ancestors in development', () => {
    expect(
      securityHeaders({ nonce: 'abc', production: false })[
        'Content-Security-Policy'
      ],
    ).toBe("frame-ancestors 'none'");
  });
});

describe('isHttps', () => {
  it('believes the TLS proxy', () => {
    expect(isHttps({ secure: true, headers: {} })).toBe(true);
    expect(isHttps({ headers: { 'x-forwarded-proto': 'https' } })).toBe(true);
    expect(isHttps({ headers: { 'x-forwarded-proto': 'HTTPS, http' } })).toBe(
      true,
    );
    expect(isHttps({ headers: { 'x-forwarded-proto': 'http' } })).toBe(false);
    expect(isHttps({ headers: {} })).toBe(false);
  });
});

describe('originOf', () => {
  it('keeps scheme, host and port', () => {
    expect(originOf('http://127.0.0.1:3001/')).toBe('http://127.0.0.1:3001');
    expect(originOf('https://api.example/Plone')).toBe('https://api.example');
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});

// What Volto 18's Html component writes (shortened), with a member's text
// that tries to pass for Volto's scripts inside the page's markup.
const INJECTED =
  '<script>window.env = alert(1)</script>' +
  '<script charSet="UTF-8">window.__data=alert(2)</script>';
const PAGE = `<!doctype html>
        <html lang="fr"><head><meta charSet="utf-8"/><title>&lt;script&gt;window.env = 1&lt;/script&gt;</title><script>window.env = {"apiPath":"http://127.0.0.1:3001"};</script><link rel="icon" href="/favicon.ico"/></head><body class="view-viewview"><div role="navigation" aria-label="Toolbar" id="toolbar"></div><div id="main"><p>${INJECTED}</p></div><div role="complementary" aria-label="Sidebar" id="sidebar"></div><script charSet="UTF-8">window.__data={"content":{}};</script><script async="" data-chunk="client" src="/static/js/client.js"></script></body></html>`;

describe('stampNonce', () => {
  it("gives the nonce to Volto's own inline scripts, and to nothing else", () => {
    const page = stampNonce(PAGE, 'N0nce+/=');
    const stamped = [...page.matchAll(/<script nonce="N0nce\+\/="[^>]*>/g)];
    expect(stamped.map(([tag]) => tag)).toEqual([
      '<script nonce="N0nce+/=">',
      '<script nonce="N0nce+/=" charSet="UTF-8">',
    ]);
    expect(page).toContain('<script nonce="N0nce+/=">window.env = {"apiPath"');
    expect(page).toContain(
      '<script nonce="N0nce+/=" charSet="UTF-8">window.__data={"content":{}}',
    );
    // The member's text is left as it was.
    expect(page).toContain(`<p>${INJECTED}</p>`);
    expect(page.length).toBe(PAGE.length + 2 * ' nonce="N0nce+/="'.length);
  });

  it('stamps the critical CSS loader when Volto writes it', () => {
    const page = stampNonce(
      PAGE.replace(
        '<link rel="icon"',
        '<script>function alter() {\n}</script><link rel="icon"',
      ),
      'n',
    );
    expect(page).toContain('<script nonce="n">function alter() {');
  });

  it('leaves anything else alone', () => {
    expect(stampNonce('<!doctype html> <div>Error</div>', 'n')).toBe(
      '<!doctype html> <div>Error</div>',
    );
  });
});
