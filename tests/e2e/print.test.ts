import { expect, test } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

/** A page printed (src/styles/print.css): the article alone, diagrams drawn, no code cut at the block's edge. */
const e2e = useServedSite();

test.each(['services/', 'walkthrough/'])('the ja and en %s print as the article alone, diagrams and code whole', async (key) => {
  const context = await e2e.site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const sitePage of e2e.pages.filter((p) => p.twinKey === key)) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    await page.emulateMedia({ media: 'print' });
    const found = await page.evaluate(() => {
      const shown = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].filter((e) => e.checkVisibility() && e.getBoundingClientRect().width > 0)
          .length;
      const pres = [...document.querySelectorAll<HTMLElement>('.expressive-code pre')];
      const main = document.querySelector('main')!.getBoundingClientRect();
      return {
        furniture: shown('header.header, .sidebar-pane, .right-sidebar-container, .pagination-links, .expressive-code .copy'),
        clipped: pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
        blocks: pres.length,
        diagrams: [...document.querySelectorAll('figure.diagram svg')].map((svg) => svg.getBoundingClientRect().height),
        mainLeft: main.left,
      };
    });
    expect(found.furniture, sitePage.urlPath).toBe(0);
    expect(found.blocks, sitePage.urlPath).toBeGreaterThan(3);
    expect(found.clipped, `${sitePage.urlPath}: code blocks cut at the edge in print`).toBe(0);
    for (const height of found.diagrams) expect(height, sitePage.urlPath).toBeGreaterThan(100);
    expect(found.mainLeft, `${sitePage.urlPath}: the article starts at the left margin`).toBeLessThan(40);
    // Chromium's own print path lays the page out and paginates it.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }
  await context.close();
});
