import fs from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { entryAssets, entrySizes, overBudget, precompress } from './assets';

const SCRIPT = Buffer.from('const tremplin = 1;\n'.repeat(500));

function tree(files) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tremplin-build-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('precompress', () => {
  it('writes the brotli and gzip forms of text assets', async () => {
    const root = tree({ 'js/client.js': SCRIPT, 'css/client.css': SCRIPT });
    const totals = await precompress(root);
    expect(totals.files).toBe(2);
    const br = fs.readFileSync(path.join(root, 'js/client.js.br'));
    const gz = fs.readFileSync(path.join(root, 'js/client.js.gz'));
    expect(zlib.brotliDecompressSync(br)).toEqual(SCRIPT);
    expect(zlib.gunzipSync(gz)).toEqual(SCRIPT);
    expect(totals.br).toBeLessThan(totals.gz);
    expect(totals.gz).toBeLessThan(totals.raw);
  });

  it('leaves source maps, small files and compressed formats alone', async () => {
    const root = tree({
      'js/client.js.map': SCRIPT,
      'js/tiny.js': 'x',
      'media/font.woff2': SCRIPT,
      'media/logo.png': SCRIPT,
    });
    expect((await precompress(root)).files).toBe(0);
    expect(fs.readdirSync(path.join(root, 'js')).sort()).toEqual([
      'client.js.map',
      'tiny.js',
    ]);
  });
});

describe('entry sizes and the budget', () => {
  const stats = {
    namedChunkGroups: {
      client: {
        assets: [
          { name: 'static/js/runtime~client.1.js' },
          { name: 'static/js/client.2.js' },
          { name: 'static/js/client.2.js.map' },
          { name: 'static/css/client.3.css' },
        ],
      },
      Editor: { assets: [{ name: 'static/js/Editor.4.chunk.js' }] },
    },
  };
  const build = () =>
    tree({
      'loadable-stats.json': JSON.stringify(stats),
      'public/static/js/runtime~client.1.js': SCRIPT,
      'public/static/js/client.2.js': SCRIPT,
      'public/static/css/client.3.css': SCRIPT,
      'public/static/js/Editor.4.chunk.js': SCRIPT,
    });

  it('counts the files of the client entry only', () => {
    expect(entryAssets(build())).toEqual([
      'static/js/runtime~client.1.js',
      'static/js/client.2.js',
      'static/css/client.3.css',
    ]);
  });

  it('measures them compressed, the same each time', async () => {
    const root = build();
    const sizes = await entrySizes(root);
    expect(sizes.raw).toBe(3 * SCRIPT.length);
    expect(sizes.files).toHaveLength(3);
    expect(await entrySizes(root)).toEqual(sizes);
  });

  it('names each encoding over its budget', async () => {
    const sizes = await entrySizes(build());
    const budget = (br, gz) => ({ entry: { br, gz } });
    expect(overBudget(sizes, budget(sizes.br, sizes.gz))).toEqual([]);
    expect(overBudget(sizes, budget(sizes.br - 1, sizes.gz))).toEqual([
      { encoding: 'br', size: sizes.br, budget: sizes.br - 1 },
    ]);
  });
});
