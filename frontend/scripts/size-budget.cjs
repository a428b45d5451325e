#!/usr/bin/env node
/**
 * `node scripts/size-budget.cjs <build dir> <budget.json>`: the compressed
 * size of the files every page loads first (the `client` entry) against
 * the committed budget. Bytes, not timings: the same build gives the same
 * figures. Raising the budget is a reviewed change of size-budget.json.
 */
const {
  entrySizes,
  overBudget,
} = require('../packages/volto-tremplin/src/performance/assets');
const fs = require('fs');

async function main(buildDir, budgetFile) {
  const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf-8'));
  const sizes = await entrySizes(buildDir);
  for (const file of sizes.files) {
    process.stdout.write(
      `  ${file.name}: ${file.raw} B, brotli ${file.br} B, gzip ${file.gz} B\n`,
    );
  }
  process.stdout.write(
    `entry: ${sizes.raw} B, brotli ${sizes.br} B (budget ${budget.entry.br}),` +
      ` gzip ${sizes.gz} B (budget ${budget.entry.gz})\n`,
  );
  const over = overBudget(sizes, budget);
  for (const { encoding, size, budget: limit } of over) {
    process.stderr.write(
      `size budget exceeded: ${encoding} ${size} B > ${limit} B (+${size - limit} B)\n`,
    );
  }
  process.exit(over.length ? 1 : 0);
}

main(process.argv[2], process.argv[3]).catch((error) => {
  process.stderr.write(`size-budget: ${error.stack}\n`);
  process.exit(1);
});
