import { expect, test } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

/**
 * Tables on a phone (src/integrations/scrollable-tables.ts, src/styles/code.css): every column fits the 390 px column, and
 * a table is a named region the keyboard can reach, should it still scroll on a narrower screen.
 */
const e2e = useServedSite();

test('at 390 px no table hides a column, and every table is focusable and named', { timeout: 300_000 }, async () => {
  const context = await e2e.site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems: string[] = [];
  let tables = 0;
  for (const sitePage of e2e.pages.filter((p) => !p.is404)) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const found = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLTableElement>('.sl-markdown-content table')].map((table) => ({
        hidden: table.scrollWidth - table.clientWidth,
        tabIndex: table.tabIndex,
        role: table.getAttribute('role'),
        name: table.getAttribute('aria-label') ?? '',
        head: table.querySelector('th')?.parentElement?.textContent?.trim().slice(0, 40),
      })),
    );
    tables += found.length;
    for (const t of found) {
      if (t.hidden > 1) problems.push(`${sitePage.urlPath} “${t.head}”: ${t.hidden}px hidden`);
      if (t.tabIndex !== 0 || t.role !== null || t.name.length < 3)
        problems.push(`${sitePage.urlPath} “${t.head}”: not a named focusable table`);
    }
  }
  await context.close();
  expect(tables).toBeGreaterThanOrEqual(4);
  expect(problems).toEqual([]);
});
