/**
 * `npm run bench`: a performance report of the built site.
 * - cold build: `astro build` after removing Astro's and Vite's caches (.astro, node_modules/.astro, node_modules/.vite)
 * - warm build: the same build again, caches in place. Both run with CHROMIUM_PATH pointing at a file that does
 *   not exist, which proves the build launches no browser (diagrams come from the committed SVG cache).
 * - JavaScript per page (initial load, gzip per file; see scripts/quality/js-weight.ts): max and median
 * - HTML + CSS bytes (raw and gzip), total site size
 * - validation throughput: the figure printed by `npm run bench:validate`, when that script exists
 * - simulation: the figures printed by `npm run bench:simulate` (rules and policy matrix at scale)
 * - the wall time of each test tier (vitest.config.ts), run one after the other as `npm run test:<tier>`;
 *   `--tiers unit,site` measures only those, `--tiers none` none (the Lighthouse tier alone can take minutes)
 * Seconds are reported, never asserted (they depend on the machine); the byte budgets are asserted in
 * tests/quality/site-gates.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { sitePages } from './quality/dist-pages.ts';
import { pagesJs, starlightBaseline } from './quality/js-budget.ts';
import { kib, median, siteSize } from './quality/site-size.ts';

const TIERS = ['unit', 'site', 'browser', 'lighthouse'];
const { values: options } = parseArgs({ options: { tiers: { type: 'string', default: TIERS.join(',') } } });
const tiers = options.tiers === 'none' ? [] : options.tiers.split(',').map((t) => t.trim());
for (const tier of tiers) if (!TIERS.includes(tier)) throw new Error(`--tiers: unknown tier "${tier}" (known: ${TIERS.join(', ')}, none)`);

/** Runs one test tier as `npm run test:<tier>` does; its wall time, and whether it passed. */
function testTier(tier: string): string {
  console.error(`test:${tier} …`);
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', `test:${tier}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  // Vitest colours its summary; the count is read without the colour codes.
  const summary = stripVTControlCharacters(run.stdout);
  const tests = summary.match(/Tests\s+[^\n]*\((\d+)\)/)?.[1];
  return run.status === 0 ? `${seconds.toFixed(1)} s (${tests ?? '?'} tests)` : `failed after ${seconds.toFixed(1)} s (exit ${run.status})`;
}

const base = process.env.BASE_PATH || '/k8s-network-notes/';
const scratch = mkdtempSync(join(tmpdir(), 'bench-site-'));
const dist = join(scratch, 'dist');

function build(): number {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1', CHROMIUM_PATH: join(scratch, 'no-browser-here') },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('astro build failed');
  }
  return (performance.now() - started) / 1000;
}

try {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(cache, { recursive: true, force: true });
  console.error('cold build …');
  const cold = build();
  console.error('warm build …');
  const warm = build();

  const pages = sitePages(dist, base);
  const js = pagesJs(pages, dist, base);
  const jsBytes = js.map((p) => p.gzipBytes);
  const heaviest = js.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  let baseline = '';
  try {
    const b = starlightBaseline(js, 'content/docs', base);
    baseline = `${kib(b.gzipBytes)} (${b.urlPath})`;
  } catch (error) {
    baseline = (error as Error).message;
  }
  const size = siteSize(dist);

  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
  let validation = 'not measured (no `bench:validate` script)';
  if (scripts['bench:validate']) {
    const run = spawnSync('npm', ['run', '--silent', 'bench:validate'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const line = `${run.stdout}\n${run.stderr}`.split('\n').find((l) => /resources\/s/.test(l));
    validation = run.status === 0 && line ? line.trim() : `bench:validate failed (exit ${run.status})`;
  }

  // The simulation's own table (scripts/bench-simulate.ts), one row per figure.
  const simulation: [string, string][] = [];
  if (scripts['bench:simulate']) {
    const run = spawnSync('npm', ['run', '--silent', 'bench:simulate'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    for (const line of run.stdout.split('\n').slice(2)) {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length === 4 && cells[1] && cells[2]) simulation.push([`Simulation: ${cells[1]}`, cells[2]]);
    }
    if (run.status !== 0 || simulation.length === 0) simulation.push(['Simulation', `bench:simulate failed (exit ${run.status})`]);
  }

  const rows: [string, string][] = [
    ['Cold build (no caches, no browser)', `${cold.toFixed(1)} s`],
    ['Warm build (caches, no browser)', `${warm.toFixed(1)} s`],
    ['Pages', String(pages.length)],
    ['JS per page, max (gzip)', `${kib(heaviest.gzipBytes)} (${heaviest.urlPath})`],
    ['JS per page, median (gzip)', kib(median(jsBytes))],
    ['Starlight JS baseline (gzip)', baseline],
    ['HTML + CSS', `${kib(size.htmlBytes + size.cssBytes)} (${kib(size.htmlCssGzipBytes)} gzip)`],
    ['Total site size', `${kib(size.totalBytes)} in ${size.files} files`],
    ['Validation throughput', validation],
    ...simulation,
    ...tiers.map((tier): [string, string] => [`Tests: test:${tier}`, testTier(tier)]),
  ];
  console.log(`| Measure (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}) | Value |\n| --- | --- |`);
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
