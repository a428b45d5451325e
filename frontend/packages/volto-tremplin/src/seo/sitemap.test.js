import express from 'express';
import config from '@plone/volto/registry';
import { fetchFrom } from '../testing/http';
import sitemapMiddleware from './sitemap';

/** A backend answering @search on a free port with `items` (paths under
 * its own URL); `seen` keeps its requests. */
function backend(items) {
  const seen = [];
  const app = express().get(/^\/plone\/\+\+api\+\+\/@search$/, (req, res) => {
    seen.push({ query: req.query, headers: req.headers });
    const base = `http://${req.get('host')}/plone`;
    res.json({
      items: items.map((item) => ({ ...item, '@id': base + item['@id'] })),
    });
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({ server, seen, port: server.address().port }),
    );
  });
}

describe('sitemap.xml', () => {
  const { settings } = config;
  const saved = {
    internalApiPath: settings.internalApiPath,
    apiPath: settings.apiPath,
    publicURL: settings.publicURL,
  };
  const use = (port) => {
    settings.internalApiPath = `http://127.0.0.1:${port}/plone`;
    settings.apiPath = 'https://tremplin.example';
    settings.publicURL = 'https://tremplin.example';
  };
  afterEach(() => Object.assign(settings, saved));
  const site = () => express().use('/', [sitemapMiddleware()]);

  it('lists what the backend shows an anonymous visitor, never with the visitor’s token', async () => {
    const { server, seen, port } = await backend([
      { '@id': '/fr/a-propos', modified: '2026-11-01T10:00:00+00:00' },
      { '@id': '/fr/mentions?x=1&y=<2>' },
    ]);
    use(port);
    const answer = await fetchFrom(site(), '/sitemap.xml', {
      Cookie: 'auth_token=secret-member-token',
      Authorization: 'Bearer secret-member-token',
    });
    server.close();
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/xml/);
    expect(seen).toHaveLength(1);
    expect(seen[0].headers.authorization).toBeUndefined();
    expect(seen[0].headers.cookie).toBeUndefined();
    expect(answer.text).toContain(
      '<url><loc>https://tremplin.example/fr/a-propos</loc>' +
        '<lastmod>2026-11-01T10:00:00+00:00</lastmod></url>',
    );
    expect(answer.text).toContain(
      '<loc>https://tremplin.example/fr/mentions?x=1&amp;y=&lt;2&gt;</loc>',
    );
    expect(answer.text).not.toContain('secret-member-token');
  });

  it('is a 503 without the backend’s address when the backend fails', async () => {
    const { server, port } = await backend([]);
    server.close();
    use(port);
    const answer = await fetchFrom(site(), '/sitemap.xml');
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('60');
    expect(answer.text).not.toContain('127.0.0.1');
  });
});
