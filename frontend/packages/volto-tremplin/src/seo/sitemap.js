/**
 * `/sitemap.xml`: the pages a visitor who is not signed in may read, asked
 * of the backend **anonymously** (never with the visitor's token), so a
 * member-only path can never appear in it, whoever asks. Volto's own
 * sitemap forwards the visitor's token and answers backend errors with a
 * 200 carrying the error (and the backend's address); it is replaced.
 */
import express from 'express';
import superagent from 'superagent';
import config from '@plone/volto/registry';
import { toPublicURL } from '@plone/volto/helpers/Url/Url';

// Public pages are a handful (home, about, legal, accessibility…).
const MAX_PAGES = 1000;

const ESCAPES = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** [{url, modified}] of what Anonymous may see, from the catalog. */
export async function publicPages() {
  const { settings } = config;
  const apiPath = settings.internalApiPath ?? settings.apiPath;
  const response = await superagent
    .get(`${apiPath}/++api++/@search`)
    .query({ b_size: MAX_PAGES, metadata_fields: 'modified' })
    .set('Accept', 'application/json')
    .timeout({ response: 10000, deadline: 20000 });
  return response.body.items
    .map((item) => ({ url: toPublicURL(item['@id']), modified: item.modified }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

export function sitemapXml(pages) {
  const urls = pages.map(
    ({ url, modified }) =>
      `  <url><loc>${escapeXml(url)}</loc>` +
      (modified ? `<lastmod>${escapeXml(modified)}</lastmod>` : '') +
      '</url>',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export default function sitemapMiddleware() {
  const router = express.Router();
  router.get('/sitemap.xml', async (req, res) => {
    let pages;
    try {
      pages = await publicPages();
    } catch (error) {
      res.status(503).set('Retry-After', '60').set('Cache-Control', 'no-store');
      res.type('text/plain').send('Sitemap unavailable, try again later.');
      return;
    }
    res.set('Cache-Control', 'public, max-age=3600');
    res.type('application/xml').send(sitemapXml(pages));
  });
  router.id = 'tremplinSitemap';
  return router;
}
