import express from 'express';
import { fetchFrom } from '../../testing/http';
import securityHeadersMiddleware from './middleware';

const PAGE =
  '<!doctype html><html><head><script>window.env = {};</script></head>' +
  '<body><div id="main"></div><script charSet="UTF-8">window.__data={};</script></body></html>';

/** Express with our middleware first, as Volto's server has it. */
function app() {
  return express()
    .use('/', [securityHeadersMiddleware()])
    .get('/page', (req, res) => res.status(200).send(PAGE))
    .get('/data.json', (req, res) => res.json({ page: PAGE }));
}

/** GET `path` on the app: status, headers and body (text). */
async function get(path, headers = {}) {
  const { headers: answered, text } = await fetchFrom(app(), path, headers);
  return { headers: answered, body: text };
}

const nonceOf = (headers) =>
  /'nonce-([^']+)'/.exec(headers['content-security-policy'])?.[1];

describe('securityHeadersMiddleware', () => {
  const env = process.env.NODE_ENV;
  beforeAll(() => {
    process.env.NODE_ENV = 'production';
  });
  afterAll(() => {
    process.env.NODE_ENV = env;
  });

  it('puts the nonce of the header on the page', async () => {
    const { headers, body } = await get('/page');
    const nonce = nonceOf(headers);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(body).toContain(`<script nonce="${nonce}">window.env`);
    expect(body).toContain(
      `<script nonce="${nonce}" charSet="UTF-8">window.__data`,
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['strict-transport-security']).toBeUndefined();
  });

  it('uses a new nonce for every response', async () => {
    const first = nonceOf((await get('/page')).headers);
    const second = nonceOf((await get('/page')).headers);
    expect(first).not.toBe(second);
  });

  it('sends HSTS behind a TLS proxy', async () => {
    const { headers } = await get('/page', { 'X-Forwarded-Proto': 'https' });
    expect(headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(headers['content-security-policy']).toContain(
      'upgrade-insecure-requests',
    );
  });

  it('changes no other body', async () => {
    const { headers, body } = await get('/data.json');
    expect(JSON.parse(body)).toEqual({ page: PAGE });
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
