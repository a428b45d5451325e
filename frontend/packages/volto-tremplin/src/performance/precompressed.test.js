import express from 'express';
import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { fetchFrom } from '../testing/http';
import precompressedStatic, { IMMUTABLE } from './precompressed';

const SCRIPT = 'window.tremplin = "' + 'x'.repeat(4000) + '";';

/** A public directory with one asset and its compressed forms, and a
 * file outside /static/ that must never be reached. */
function publicDir() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tremplin-public-'));
  fs.mkdirSync(path.join(root, 'static', 'js'), { recursive: true });
  const script = path.join(root, 'static', 'js', 'client.abc123.js');
  fs.writeFileSync(script, SCRIPT);
  fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${script}.gz`, zlib.gzipSync(SCRIPT));
  fs.writeFileSync(path.join(root, 'secret.txt.br'), 'secret');
  return root;
}

/** Our middleware in front of plain static files, as in Volto's server. */
function app(root) {
  return express()
    .use('/', [precompressedStatic(root)])
    .use(express.static(root))
    .use((req, res) => res.status(404).send('page'));
}

describe('precompressedStatic', () => {
  const root = publicDir();
  const get = (url, encoding) =>
    fetchFrom(app(root), url, { 'Accept-Encoding': encoding });

  it('sends the brotli form to browsers that accept it', async () => {
    const answer = await get('/static/js/client.abc123.js', 'gzip, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^application\/javascript/);
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(zlib.brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('sends the gzip form to the others that accept gzip', async () => {
    const answer = await get('/static/js/client.abc123.js', 'gzip, deflate');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('sends the file itself when no encoding is accepted', async () => {
    const answer = await get('/static/js/client.abc123.js', 'identity');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.text).toBe(SCRIPT);
  });

  it('leaves assets without a compressed form to the static files', async () => {
    const answer = await get('/static/js/other.js', 'br');
    expect(answer.status).toBe(404);
    expect(answer.text).toBe('page');
  });

  it('never serves a file outside its directory', async () => {
    for (const url of [
      '/static/../secret.txt',
      '/static/%2e%2e/secret.txt',
      '/static/js/..%2f..%2fsecret.txt',
    ]) {
      const answer = await get(url, 'br');
      expect(answer.text).not.toBe('secret');
    }
  });
});
