import { beforeAll, expect, test } from 'vitest';
import { type SitePage, sitePages } from '../../scripts/quality/dist-pages.ts';
import { overBudget, pagesJs, starlightBaseline } from '../../scripts/quality/js-budget.ts';
import { builtSite, PAGES_BASE } from '../support/site.ts';

/**
 * Every page, the playground included (its editor is a lazy chunk), ships at most Starlight's own JS + 5 KB gzip.
 * The baseline is measured from the build itself (scripts/quality/js-budget.ts).
 */
let dist: string;
let pages: SitePage[];

beforeAll(async () => {
  dist = await builtSite(PAGES_BASE);
  pages = sitePages(dist, PAGES_BASE);
});

test('no page ships more than Starlight’s own JS + 5 KB (gzip)', () => {
  const weights = pagesJs(pages, dist, PAGES_BASE);
  const baseline = starlightBaseline(weights, 'content/docs', PAGES_BASE);
  expect(baseline.gzipBytes).toBeGreaterThan(1000);
  expect(overBudget(weights, baseline)).toEqual([]);
});
