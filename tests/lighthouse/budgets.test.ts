import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SitePage, sitePages } from '../../scripts/quality/dist-pages.ts';
import {
  auditPages,
  BUDGETS,
  budgetFailures,
  CATEGORIES,
  performanceGateFailure,
  runsMeetingPerformance,
  scoreTable,
} from '../../scripts/quality/lighthouse-run.ts';
import { type Preview, startPreview } from '../../scripts/quality/preview.ts';
import { builtSite, PAGES_BASE } from '../support/site.ts';

/**
 * Lighthouse in `npm test` on a representative subset: the heaviest diagram page of each language (the most
 * inline SVG markup, then the largest HTML); `npm run lighthouse` audits every page. This file is its own Vitest
 * project that starts only after every other test file has finished (vitest.config.ts), because Lighthouse's
 * simulated throttling scales the CPU time it observes and parallel test files would count as the page's work.
 *
 * Accessibility, best practices and SEO do not depend on timing: they must be 100. The performance score does:
 * on a shared 2-core machine the same page scored 92 to 100 within minutes (tests/quality/README.md), because
 * other work on the machine adds to the CPU time Lighthouse scales up. So the performance budget (98) must be met
 * in one of up to 5 runs (performanceGateFailure): a page that really costs more misses in every run, and a busy
 * neighbour does not fail a page that meets it. The full table (`npm run lighthouse`) scores by the median. What performance depends on is also held by deterministic checks:
 * the JS budget (tests/quality/js-budget.test.ts), one SVG per diagram (tests/diagrams/built-site.test.ts),
 * off-screen placeholders for code and diagrams (tests/examples/rendered.test.ts, tests/diagrams/built-site.test.ts)
 * and no editor code before the reader reaches for it (tests/playground/playground.test.ts).
 */
function heaviestDiagramPage(pages: SitePage[], lang: string): SitePage {
  const weight = (page: SitePage) => {
    const html = readFileSync(page.file, 'utf8');
    const svgBytes = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].reduce((sum, m) => sum + m[0].length, 0);
    return { svgBytes, bytes: statSync(page.file).size };
  };
  return pages
    .filter((p) => p.lang === lang && !p.is404)
    .map((page) => ({ page, ...weight(page) }))
    .reduce((a, b) => (b.svgBytes > a.svgBytes || (b.svgBytes === a.svgBytes && b.bytes > a.bytes) ? b : a)).page;
}

describe('Lighthouse on the heaviest diagram page of each language', () => {
  let preview: Preview;
  let pages: SitePage[];
  beforeAll(async () => {
    const dist = await builtSite(PAGES_BASE);
    pages = sitePages(dist, PAGES_BASE);
    preview = await startPreview(dist, PAGES_BASE);
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('performance ≥ 98 (in one of up to 5 runs), accessibility, best practices and SEO 100 in Japanese and English', {
    timeout: 1_800_000,
  }, async () => {
    const chosen = ['ja', 'en'].map((lang) => heaviestDiagramPage(pages, lang));
    console.log(`auditing ${chosen.map((p) => p.urlPath).join(' and ')}: until a run meets the performance budget, at most 5 runs each`);
    const results = await auditPages(
      chosen.map((p) => preview.url(p.urlPath)),
      { runs: 5, stopAfterPasses: 1, quietWaitMs: 60_000 },
    );
    console.log(scoreTable(results));
    for (const page of results) {
      const met = runsMeetingPerformance(page.performanceRuns);
      console.log(
        `${new URL(page.url).pathname}: performance ≥ ${BUDGETS.performance} in ${met} of ${page.performanceRuns.length} run(s) (the gate needs 1; ✗ above marks the median)`,
      );
    }
    const timeless = CATEGORIES.filter((c) => c !== 'performance');
    const failures = results.flatMap((page) => [...budgetFailures(page, timeless), performanceGateFailure(page, 1) ?? []].flat());
    expect(failures).toEqual([]);
  });
});
