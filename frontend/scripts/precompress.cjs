#!/usr/bin/env node
/**
 * `node scripts/precompress.cjs <public dir>`: writes the brotli and gzip
 * forms of the build's text assets (`make build` runs it after razzle).
 */
const path = require('path');
const {
  precompress,
} = require('../packages/volto-tremplin/src/performance/assets');

const kB = (bytes) => `${Math.round(bytes / 1024)} kB`;

async function main(dir) {
  const started = Date.now();
  const totals = await precompress(path.resolve(dir));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `precompress: ${totals.files} files, ${kB(totals.raw)} -> ` +
      `brotli ${kB(totals.br)}, gzip ${kB(totals.gz)} in ${seconds} s\n`,
  );
}

main(process.argv[2]).catch((error) => {
  process.stderr.write(`precompress: ${error.stack}\n`);
  process.exit(1);
});
