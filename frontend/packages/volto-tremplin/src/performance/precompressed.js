/**
 * Serves the build-time compressed form of a static asset (assets.js):
 * `x.js.br` to browsers that accept brotli, else `x.js.gz` for gzip, with
 * the original's type. Assets without one go on to Volto's static files.
 */
import express from 'express';
import fs from 'fs';
import path from 'path';

// Content-hashed names (Razzle): a file's content never changes.
export const IMMUTABLE = 'public, max-age=31536000, immutable';
const EXTENSIONS = { br: 'br', gzip: 'gz' };

/** brotli when the browser accepts it (smaller), else gzip, else none. */
function preferredEncoding(req) {
  return ['br', 'gzip'].find((name) => req.acceptsEncodings(name) === name);
}

/** Where Volto's static middleware reads the public files. */
export function publicDirectory() {
  return process.env.BUILD_DIR
    ? path.resolve(process.env.BUILD_DIR, 'public')
    : path.resolve(process.env.RAZZLE_PUBLIC_DIR || 'public');
}

export default function precompressedStatic(root = publicDirectory()) {
  const router = express.Router();
  router.get('/static/*', (req, res, next) => {
    const encoding = preferredEncoding(req);
    if (!encoding) return next();
    const relative = path.normalize(decodeURIComponent(req.path));
    const compressed = `${relative}.${EXTENSIONS[encoding]}`;
    const file = path.join(root, compressed);
    const inStatic = file.startsWith(path.join(root, 'static') + path.sep);
    if (!inStatic || !fs.existsSync(file)) {
      return next();
    }
    res.type(path.extname(relative));
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.vary('Accept-Encoding');
    return res.sendFile(compressed, { root, dotfiles: 'deny' }, (error) => {
      if (error) next(error);
    });
  });
  router.id = 'tremplinPrecompressedStatic';
  return router;
}
