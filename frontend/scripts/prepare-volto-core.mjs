#!/usr/bin/env node
// Lays Volto core out as a workspace package from its npm tarball.
//
// Volto's own tooling clones core from git (mrs-developer); only the package
// registries are reachable here, so we unpack the published tarball instead and
// drop the devDependencies the registry does not serve. The result is
// deterministic, so the committed pnpm-lock.yaml matches it on every clone.
//
// Usage: node scripts/prepare-volto-core.mjs <version> <target-dir>
// (replaces <target-dir>; the Makefile only calls it when the version or
// this script changed)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Not published on the registry at the versions Volto pins (coresandbox is
// never published, @plone/types only up to 1.3.x). Both are only used by
// Volto's own sandbox and type checks, never by the build or by jest.
const UNRESOLVABLE_DEV_DEPENDENCIES = ['@plone/volto-coresandbox', '@plone/types'];

const [version, target] = process.argv.slice(2);
if (!version || !target) {
  console.error('usage: prepare-volto-core.mjs <version> <target-dir>');
  process.exit(2);
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'volto-core-'));
try {
  const tarball = execFileSync(
    'npm',
    ['pack', `@plone/volto@${version}`, '--pack-destination', workDir, '--silent'],
    { encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .pop();
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(workDir, tarball), '-C', target, '--strip-components=1']);

  const manifestPath = path.join(target, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  for (const name of UNRESOLVABLE_DEV_DEPENDENCIES) {
    delete manifest.devDependencies[name];
  }
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`@plone/volto ${version} unpacked into ${target}`);
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
