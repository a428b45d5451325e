#!/usr/bin/env node
/**
 * `node scripts/bundle-report.cjs <build dir> <report.md>`: what the
 * script every page loads (the `client` entry) is made of, from its source
 * map, by source-map-explorer. The grouping is by npm package, and inside
 * Volto (three levels under components/) and our add-on by folder, so that a change of the report names the
 * part that grew. `make bundle-report` writes docs/developer/bundle-report.md.
 */
const fs = require('fs');
const path = require('path');
const { explore } = require(
  path.join(__dirname, '../.tools/sme/node_modules/source-map-explorer'),
);
const {
  entryAssets,
} = require('../packages/volto-tremplin/src/performance/assets');

const TOP = 40;

/** The part a bundled source file belongs to: a package, or a folder of
 * Volto's or the add-on's sources (two levels deep). */
function partOf(source) {
  const file = source.replace(/^webpack:\/\/[^/]+\//, '');
  const addon = file.match(/volto-tremplin\/src\/([^/]+(?:\/[^/.]+)?)/);
  if (addon) return `volto-tremplin/${addon[1]}`;
  const packages = [...file.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  const name = packages.length ? packages[packages.length - 1][1] : null;
  if (name && name !== '.pnpm') return name;
  const volto = file.match(/^src\/(components\/[^/]+\/[^/.]+|[^/]+\/[^/.]+)/);
  if (volto) return `@plone/volto/${volto[1]}`;
  return file;
}

function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}

async function main(buildDir, reportFile) {
  const scripts = entryAssets(buildDir).filter((name) => name.endsWith('.js'));
  const parts = new Map();
  let total = 0;
  for (const name of scripts) {
    const file = path.join(buildDir, 'public', name);
    const { bundles } = await explore(file, { noBorderChecks: true });
    for (const [source, { size }] of Object.entries(bundles[0].files)) {
      const part = partOf(source);
      parts.set(part, (parts.get(part) || 0) + size);
      total += size;
    }
  }
  const rows = [...parts.entries()].sort((a, b) => b[1] - a[1]);
  const lines = [
    '# What the first script is made of',
    '',
    '<!-- Written by `make bundle-report` (frontend/scripts/bundle-report.cjs);',
    '     do not edit by hand. -->',
    '',
    `The files every page loads first (\`${scripts
      .map((name) => path.basename(name).replace(/\.[0-9a-f]{8}\./, '.'))
      .join('`, `')}\`), ${kb(total)} KB before compression, attributed to`,
    'their sources by source-map-explorer. The largest parts first; the',
    'compressed sizes of the same files are checked by `make test`',
    '(frontend/size-budget.json, see web-performance.md).',
    '',
    '| part | KB | share |',
    '|---|---:|---:|',
    ...rows
      .slice(0, TOP)
      .map(
        ([part, size]) =>
          `| ${part} | ${kb(size)} | ${((100 * size) / total).toFixed(1)} % |`,
      ),
    `| ${rows.length - TOP} other parts | ${kb(
      rows.slice(TOP).reduce((sum, [, size]) => sum + size, 0),
    )} | |`,
    '',
  ];
  fs.writeFileSync(reportFile, lines.join('\n'));
  process.stdout.write(`bundle-report: ${reportFile} (${rows.length} parts)\n`);
}

main(process.argv[2], process.argv[3]).catch((error) => {
  process.stderr.write(`bundle-report: ${error.stack}\n`);
  process.exit(1);
});
