/**
 * The build's static assets compressed once, at build time: brotli at its
 * best quality and gzip -9 next to each file (`x.js.br`, `x.js.gz`), served
 * by precompressed.js. Compressing client.js at that quality takes seconds,
 * too long for a request. Also the compressed size of the entry chunks,
 * checked against the committed budget (frontend/size-budget.json).
 *
 * CommonJS and Node only: the build scripts (frontend/scripts) load it.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { promisify } = require('util');

// Text formats; images and woff2 fonts are compressed already.
const COMPRESSIBLE =
  /\.(js|css|svg|json|txt|xml|html|webmanifest|ico|ttf|eot)$/;
// Below this, headers cost more than compression saves.
const MIN_SIZE = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The file's brotli (best quality) and gzip (-9) forms. */
async function compressedForms(buffer) {
  const [br, gz] = await Promise.all([
    brotli(buffer, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]:
          zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }),
    gzip(buffer, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

/** Every file under `dir`, recursively. */
function filesIn(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesIn(full) : [full];
  });
}

/** Whether `file` gets compressed siblings (source maps are never sent). */
function isCompressible(file) {
  return COMPRESSIBLE.test(file) && fs.statSync(file).size >= MIN_SIZE;
}

/**
 * Writes `file.br` and `file.gz` next to every compressible file under `dir`
 * (each only when smaller than the file). Returns the totals in bytes.
 */
async function precompress(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const file of filesIn(dir).filter(isCompressible)) {
    const buffer = fs.readFileSync(file);
    const forms = await compressedForms(buffer);
    totals.files += 1;
    totals.raw += buffer.length;
    for (const [encoding, data] of Object.entries(forms)) {
      if (data.length < buffer.length) {
        fs.writeFileSync(`${file}.${encoding}`, data);
        totals[encoding] += data.length;
      } else {
        totals[encoding] += buffer.length;
      }
    }
  }
  return totals;
}

/** The files every page loads first (the `client` entry), from the build's
 * loadable-stats.json, relative to its public directory. */
function entryAssets(buildDir) {
  const stats = JSON.parse(
    fs.readFileSync(path.join(buildDir, 'loadable-stats.json'), 'utf-8'),
  );
  return stats.namedChunkGroups.client.assets
    .map((asset) => (typeof asset === 'string' ? asset : asset.name))
    .filter((name) => /\.(js|css)$/.test(name));
}

/** Raw, brotli and gzip bytes of the entry files, computed afresh. */
async function entrySizes(buildDir) {
  const sizes = { files: [], raw: 0, br: 0, gz: 0 };
  for (const name of entryAssets(buildDir)) {
    const buffer = fs.readFileSync(path.join(buildDir, 'public', name));
    const { br, gz } = await compressedForms(buffer);
    sizes.files.push({
      name,
      raw: buffer.length,
      br: br.length,
      gz: gz.length,
    });
    sizes.raw += buffer.length;
    sizes.br += br.length;
    sizes.gz += gz.length;
  }
  return sizes;
}

/** The budget's lines that `sizes` exceed: [{encoding, size, budget}]. */
function overBudget(sizes, budget) {
  return ['br', 'gz']
    .filter((encoding) => sizes[encoding] > budget.entry[encoding])
    .map((encoding) => ({
      encoding,
      size: sizes[encoding],
      budget: budget.entry[encoding],
    }));
}

module.exports = {
  compressedForms,
  entryAssets,
  entrySizes,
  isCompressible,
  overBudget,
  precompress,
};
