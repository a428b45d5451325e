/**
 * A static asset that does not exist is a short 404, not the site's page:
 * after Volto's static files, anything left under /static/ is missing (an
 * old chunk after a deploy, a mistyped URL). Rendering the page for it would
 * cost a backend call and 100 KB of HTML.
 */
import express from 'express';

export default function missingStatic() {
  const router = express.Router();
  router.all('/static/*', (req, res) => {
    res.status(404);
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/plain').send('Not found');
  });
  router.id = 'tremplinMissingStatic';
  return router;
}
