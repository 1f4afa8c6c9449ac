import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage, useServedSite, watchContext } from '../support/browser.ts';

/**
 * Pagefind's UI starts when the reader reaches for search (src/integrations/search-patch.ts), not at load. (Searching by
 * clicking the button: tests/e2e/site.test.ts.)
 */
const e2e = useServedSite();

/** A class name only Pagefind's UI code contains: how its chunk is recognised among the site's scripts. */
const PAGEFIND_UI = 'pagefind-ui__search-input';

/** Same-origin script and Pagefind files the page has fetched so far that belong to the search UI. */
function searchDownloads(urls: string[]): string[] {
  return urls.filter((url) => {
    const path = new URL(url).pathname.slice(e2e.site.base.length);
    if (path.startsWith('pagefind/')) return true;
    return path.startsWith('_astro/') && path.endsWith('.js') && readFileSync(join(e2e.site.dist, path), 'utf8').includes(PAGEFIND_UI);
  });
}

async function openWatched(path: string): Promise<{ page: Page; urls: string[]; done: () => Promise<void> }> {
  const context = await e2e.site.browser.newContext();
  const problems = await watchContext(context, e2e.site.preview.origin);
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await openPage(page, e2e.site.preview.url(`${e2e.site.base}${path}`), true);
  return {
    page,
    urls,
    done: async () => {
      await context.close();
      expect(problems.consoleErrors.concat(problems.cspViolations, problems.failedRequests, problems.foreignRequests)).toEqual([]);
    },
  };
}

test('nothing of the search UI is downloaded at load; the pointer over the button starts it', async () => {
  const { page, urls, done } = await openWatched('en/');
  // Past the first idle moment, when Starlight's own script would have started it.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
  expect(searchDownloads(urls)).toEqual([]);
  expect(await page.locator(`.${PAGEFIND_UI}`).count()).toBe(0);
  await page.hover('button[data-open-modal]');
  await page.locator(`.${PAGEFIND_UI}`).waitFor({ state: 'attached', timeout: 10_000 });
  expect(searchDownloads(urls).length).toBeGreaterThan(0);
  await done();
});

test('Ctrl+K alone opens search, gives the field the focus once the UI is there, and finds a word', async () => {
  const { page, done } = await openWatched('');
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open]').waitFor();
  await page.waitForFunction((name) => document.activeElement?.classList.contains(name) ?? false, PAGEFIND_UI, { timeout: 10_000 });
  await page.keyboard.type('ネットワーク');
  await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ state: 'visible', timeout: 20_000 });
  await done();
});
