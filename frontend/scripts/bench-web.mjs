#!/usr/bin/env node
/**
 * `make bench-web`: Lighthouse (mobile and desktop presets, 3 runs each) on
 * the pages members meet first, with the medians side by side with the
 * baseline measured before issue 12. A benchmark, not a test: it prints.
 *
 * It measures the platform of `make start` (Volto on 127.0.0.1:3000, Plone
 * on 8080). When nothing answers there, it runs `make start` itself and
 * stops it at the end (also on error or Ctrl-C). Signed-in pages carry the
 * JWT of the demo member `awa` in the `auth_token` cookie, as Volto does.
 *
 *   BENCH_WEB_RUNS=1 make bench-web         # quicker, noisier
 *   BENCH_WEB_PAGES="home login" make bench-web
 *   BENCH_WEB_REPORTS=/tmp/lh make bench-web  # keep each Lighthouse JSON
 *
 * Under the table it lists, per page, the audits that keep accessibility,
 * best practices or SEO below 100, so that a lost point has a name.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../..',
);
const LIGHTHOUSE = path.join(
  ROOT,
  'frontend/.tools/lighthouse/node_modules/lighthouse/cli/index.js',
);
const FRONTEND = 'http://127.0.0.1:3000';
const BACKEND = 'http://127.0.0.1:8080/Plone';
const MEMBER = { login: 'awa', password: 'Demo-Tremplin-2026' }; // demo only
const RUNS = Number(process.env.BENCH_WEB_RUNS || 3);
const REPORTS = process.env.BENCH_WEB_REPORTS;
const GRADED = ['accessibility', 'best-practices', 'seo'];
const START_TIMEOUT_MS = 20 * 60 * 1000; // a first `make start` builds Volto
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');

const PAGES = {
  home: { path: '/fr', member: false },
  login: { path: '/login', member: false },
  company: {
    path: '/fr/entreprises/delices-tropicaux-du-senegal',
    member: true,
  },
  directory: { path: '/fr/annuaire', member: true },
};
const PRESETS = ['mobile', 'desktop'];

// Measured with Lighthouse 12 on `make start` before issue 12 (mobile unless
// said): the home page 38, FCP ≈ 15 s, TBT 680 ms, 2.6 MB; login 44, SEO 54;
// the home page on desktop 70.
const BASELINE = {
  'home mobile': { performance: 38, fcp: 15000, tbt: 680, bytes: 2.6e6 },
  'login mobile': { performance: 44, seo: 54 },
  'home desktop': { performance: 70 },
};

async function answers(url) {
  try {
    const response = await fetch(url, { redirect: 'manual' });
    return response.status < 500;
  } catch {
    return false;
  }
}

async function waitFor(url, timeoutMs, server) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) {
      throw new Error(`make start stopped (exit ${server.exitCode})`);
    }
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error(`${url} did not answer in ${timeoutMs / 1000} s`);
}

/** `make start` in its own process group, its output in a log file. */
function startPlatform() {
  const log = path.join(ROOT, 'backend/instance/var/log/bench-web-start.log');
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const out = fs.openSync(log, 'a');
  process.stdout.write(`Starting the platform (make start, log: ${log})…\n`);
  return spawn('make', ['start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', out, out],
  });
}

function stopPlatform(server) {
  if (server && server.exitCode === null) {
    process.stdout.write('Stopping the platform…\n');
    process.kill(-server.pid, 'SIGTERM');
  }
}

async function memberToken() {
  const response = await fetch(`${BACKEND}/@login`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(MEMBER),
  });
  if (!response.ok) throw new Error(`@login answered ${response.status}`);
  return (await response.json()).token;
}

// Lighthouse now and then fails to record a page load (NO_NAVSTART): such a
// run is made again, up to this many times.
const ATTEMPTS = 3;

/** One Lighthouse run: the figures of its report. */
async function lighthouse(url, preset, cookie) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouseOnce(url, preset, cookie);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      process.stdout.write(`  (run again: ${error.message.split('\n')[0]})\n`);
    }
  }
}

async function lighthouseOnce(url, preset, cookie) {
  const args = [
    LIGHTHOUSE,
    url,
    '--quiet',
    '--no-enable-error-reporting',
    '--output=json',
    '--output-path=stdout',
    `--chrome-flags=${CHROME_FLAGS}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  if (cookie)
    args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const report = JSON.parse(stdout);
  if (report.runtimeError) {
    throw new Error(
      `${report.runtimeError.code}: ${report.runtimeError.message}`,
    );
  }
  if (REPORTS) keepReport(report, preset, stdout);
  const score = (name) => Math.round(report.categories[name].score * 100);
  const audit = (name) => report.audits[name].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    failing: failingAudits(report),
  };
}

/** `category: audit id` of each weighted audit that did not pass. */
function failingAudits(report) {
  return GRADED.flatMap((category) =>
    report.categories[category].auditRefs
      .filter(({ id, weight }) => {
        const { score } = report.audits[id];
        return weight > 0 && score !== null && score < 1;
      })
      .map(({ id }) => `${category}: ${id}`),
  );
}

function keepReport(report, preset, json) {
  fs.mkdirSync(REPORTS, { recursive: true });
  const page = new URL(report.finalDisplayedUrl).pathname.replace(/\W+/g, '_');
  const file = path.join(REPORTS, `${page}-${preset}-${Date.now()}.json`);
  fs.writeFileSync(file, json);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

const COLUMNS = [
  ['performance', 'perf', (v) => String(v)],
  ['accessibility', 'a11y', (v) => String(v)],
  ['bestPractices', 'b.p.', (v) => String(v)],
  ['seo', 'seo', (v) => String(v)],
  ['fcp', 'FCP s', (v) => (v / 1000).toFixed(1)],
  ['lcp', 'LCP s', (v) => (v / 1000).toFixed(1)],
  ['tbt', 'TBT ms', (v) => String(Math.round(v))],
  ['cls', 'CLS', (v) => v.toFixed(3)],
  ['bytes', 'KB', (v) => String(Math.round(v / 1024))],
];

function row(label, figures) {
  const cells = COLUMNS.map(([key, , format]) =>
    figures[key] === undefined ? '-' : format(figures[key]),
  );
  return [label.padEnd(26), ...cells.map((cell) => cell.padStart(7))].join(' ');
}

async function main() {
  if (!fs.existsSync(LIGHTHOUSE)) {
    throw new Error('Lighthouse is missing: run it through `make bench-web`.');
  }
  let server = null;
  const stop = () => {
    stopPlatform(server);
    process.exit(130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    if (!(await answers(`${FRONTEND}/fr`))) {
      server = startPlatform();
      await waitFor(`${FRONTEND}/fr`, START_TIMEOUT_MS, server);
    }
    const cookie = `auth_token=${await memberToken()}`;
    const names = (process.env.BENCH_WEB_PAGES || Object.keys(PAGES).join(' '))
      .split(/\s+/)
      .filter(Boolean);
    const lines = [];
    for (const name of names) {
      const page = PAGES[name];
      if (!page) throw new Error(`Unknown page ${name}: ${Object.keys(PAGES)}`);
      const url = `${FRONTEND}${page.path}`;
      await fetch(url); // the server's first render of the page is not measured
      for (const preset of PRESETS) {
        const results = [];
        for (let i = 0; i < RUNS; i += 1) {
          results.push(await lighthouse(url, preset, page.member && cookie));
        }
        const figures = Object.fromEntries(
          COLUMNS.map(([key]) => [key, median(results.map((r) => r[key]))]),
        );
        const label = `${name} ${preset}`;
        figures.failing = [...new Set(results.flatMap((r) => r.failing))];
        lines.push([label, figures]);
        process.stdout.write(`${row(label, figures)}\n`);
      }
    }
    const header = [
      ''.padEnd(26),
      ...COLUMNS.map(([, title]) => title.padStart(7)),
    ].join(' ');
    process.stdout.write(
      `\nLighthouse medians of ${RUNS} runs per line (${(
        await run('/usr/bin/chromium', ['--version'])
      ).stdout.trim()}); signed in as ${MEMBER.login}: company, directory\n${header}\n`,
    );
    for (const [label, figures] of lines) {
      process.stdout.write(`${row(label, figures)}\n`);
      if (BASELINE[label]) {
        process.stdout.write(`${row('  before issue 12', BASELINE[label])}\n`);
      }
    }
    process.stdout.write('\nAudits not passed in at least one run:\n');
    for (const [label, { failing }] of lines) {
      process.stdout.write(
        `  ${label}: ${failing.length ? failing.join(', ') : 'none'}\n`,
      );
    }
  } finally {
    stopPlatform(server);
  }
}

main().catch((error) => {
  process.stderr.write(`bench-web: ${error.message}\n`);
  process.exit(1);
});
