/**
 * `npm run lighthouse`: builds the site at the GitHub Pages base path, serves it with `astro preview`, audits every
 * page of both locales with Lighthouse (mobile preset, Debian Chromium or CHROME_PATH) and prints a table.
 * Each page is audited three times and scored by the median (the run's spread is printed too).
 * Exit code 1 when any page misses a budget (performance ≥ 98, accessibility, best practices and SEO 100).
 *   npm run lighthouse                 build into a temporary folder, then audit
 *   npm run lighthouse -- --dist DIR   audit an existing build (made with BASE_PATH=/k8s-network-notes/ or --base)
 *   --runs N                           audits per page, scored by the median (default 3)
 *   --quiet-wait SECONDS               before each audit, wait at most this long for a quiet CPU (default 120)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sitePages } from './quality/dist-pages.ts';
import { auditPages, budgetFailures, scoreTable } from './quality/lighthouse-run.ts';
import { startPreview } from './quality/preview.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    base: { type: 'string', default: '/k8s-network-notes/' },
    'quiet-wait': { type: 'string', default: '120' },
    runs: { type: 'string', default: '3' },
  },
});
const base = values.base!;
let dist = values.dist;
let scratch: string | undefined;
if (!dist) {
  scratch = mkdtempSync(join(tmpdir(), 'lighthouse-site-'));
  dist = join(scratch, 'dist');
  console.error(`Building the site (BASE_PATH=${base}) into ${dist} …`);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    env: { ...process.env, BASE_PATH: base },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pages = sitePages(dist, base);
const preview = await startPreview(dist, base);
try {
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs >= 1)) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
  console.error(`Auditing ${pages.length} pages one by one, ${runs} run(s) each (about 15 s per run) …`);
  const results = await auditPages(
    pages.map((p) => preview.url(p.urlPath)),
    {
      runs,
      quietWaitMs: Number(values['quiet-wait']) * 1000,
      onPage: (p) =>
        console.error(
          `  ${new URL(p.url).pathname}  ${Object.values(p.scores).join(' / ')}  (performance per run: ${p.performanceRuns.join(', ')})`,
        ),
    },
  );
  console.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, median of ${runs} run(s), ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}\n`,
  );
  console.log(scoreTable(results));
  const failures = results.flatMap((page) => budgetFailures(page));
  if (failures.length > 0) {
    console.log(`\n${failures.length} budget miss(es):\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await preview.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
