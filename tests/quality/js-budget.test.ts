import { beforeAll, expect, test } from 'vitest';
import { sitePages, type SitePage } from '../../src/quality/dist-pages.ts';
import { overBudget, pagesJs, starlightBaseline } from '../../src/quality/js-budget.ts';
import { builtSite, PAGES_BASE } from '../support/site.ts';

/**
 * PENDING (not collected by Vitest until renamed to js-budget.test.ts): the playground pages load CodeMirror and
 * the validation engine eagerly (~120 KB gzip), far over the budget. Enable once the playground loads them lazily.
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

