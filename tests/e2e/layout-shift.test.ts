import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

/**
 * Desktop layout shift (the Lighthouse gate emulates a phone, where the table of contents is not on the right).
 * Starlight's table of contents comes before <main> in the markup; if it is placed by the order of flex items alone,
 * a paint before <main> is parsed puts it in the article column and it jumps right once <main> arrives
 * (src/styles/header.css). Whether a cold load paints at that moment depends on timing, so the first test takes
 * timing out of it: it renders each page cut off just before <main> (what the browser has at that moment) and
 * checks that the table of contents already sits where it sits on the whole page.
 */
const e2e = useServedSite();

const DESKTOP = [
  { width: 1280, height: 900 },
  { width: 1600, height: 1000 },
];

async function tocBox(page: Page) {
  return page.evaluate(() => {
    const toc = document.querySelector('.right-sidebar-container');
    if (!toc) return undefined;
    const { x, width } = toc.getBoundingClientRect();
    return { x: Math.round(x), width: Math.round(width) };
  });
}

test('the table of contents paints in its final place before <main> is parsed, on every page at desktop widths', {
  timeout: 600_000,
}, async () => {
  const moved: string[] = [];
  let checked = 0;
  for (const viewport of DESKTOP) {
    const context = await e2e.site.browser.newContext({ viewport });
    const page = await context.newPage();
    for (const sitePage of e2e.pages.filter((p) => !p.is404)) {
      const url = e2e.site.preview.url(sitePage.urlPath);
      await openPage(page, url);
      const final = await tocBox(page);
      if (!final) continue;
      const html = await (await fetch(url)).text();
      const cut = html.indexOf('<div class="main-pane');
      expect(cut, `${sitePage.urlPath}: no main pane in the HTML`).toBeGreaterThan(0);
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html.slice(0, cut) }));
      await page.goto(url, { waitUntil: 'load' });
      const partial = await tocBox(page);
      await page.unroute(url);
      checked++;
      if (partial?.x !== final.x) moved.push(`${sitePage.urlPath} at ${viewport.width}px: x ${partial?.x} before <main>, ${final.x} after`);
    }
    await context.close();
  }
  expect(checked).toBeGreaterThan(10);
  expect(moved).toEqual([]);
});

test('a cold load of every page at desktop width shifts its layout by less than 0.1 (CLS)', { timeout: 600_000 }, async () => {
  const shifted: string[] = [];
  const scores: number[] = [];
  for (const sitePage of e2e.pages.filter((p) => !p.is404)) {
    // A new context per page: a cold cache, as a reader arriving from elsewhere.
    const context = await e2e.site.browser.newContext({ viewport: DESKTOP[0] });
    await context.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    scores.push(cls);
    if (cls >= 0.1) shifted.push(`${sitePage.urlPath}: CLS ${cls.toFixed(3)}`);
    await context.close();
  }
  console.log(`[cls] worst desktop CLS ${Math.max(...scores).toFixed(3)} over ${scores.length} pages`);
  expect(shifted).toEqual([]);
});
