/**
 * `/robots.txt`, written here rather than read from the backend at each
 * request: Volto's own version crashes the whole Node server when the
 * backend does not answer. Member areas are closed to robots (they would
 * only meet the sign-in page); the sitemap lists the public pages.
 */
import express from 'express';
import config from '@plone/volto/registry';

// Folders of profiles and the directory, in both languages.
export const MEMBER_AREAS = [
  '/fr/entreprises/',
  '/en/companies/',
  '/fr/experts/',
  '/en/experts/',
  '/fr/annuaire',
  '/en/directory',
  '/controlpanel',
];

export function robotsTxt(publicURL) {
  return [
    'User-agent: *',
    ...MEMBER_AREAS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${publicURL}/sitemap.xml`,
    '',
  ].join('\n');
}

export default function robotsMiddleware() {
  const router = express.Router();
  router.get('/robots.txt', (req, res) => {
    res.set('Cache-Control', 'public, max-age=3600');
    res.type('text/plain').send(robotsTxt(config.settings.publicURL));
  });
  router.id = 'tremplinRobots';
  return router;
}
