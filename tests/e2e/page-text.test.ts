import { expect, test } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

/** Words the reader sees or hears, in the page's language. */
const e2e = useServedSite();

test('heading anchor links are named in the page’s language', { timeout: 300_000 }, async () => {
  const context = await e2e.site.browser.newContext();
  const page = await context.newPage();
  const wrong: string[] = [];
  let anchors = 0;
  for (const sitePage of e2e.pages.filter((p) => !p.is404)) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const names = await page
      .locator('.sl-anchor-link')
      .evaluateAll((links) => links.map((a) => (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim()));
    anchors += names.length;
    for (const name of names) {
      const japanese = /セクションへのリンク/.test(name);
      const english = /^Section titled/.test(name);
      if (sitePage.lang === 'ja' ? !japanese || english : !english) wrong.push(`${sitePage.urlPath}: ${name}`);
    }
  }
  await context.close();
  expect(anchors).toBeGreaterThan(50);
  expect(wrong).toEqual([]);
});

test('the 404 page reads “start from the English overview” with its spaces', async () => {
  const context = await e2e.site.browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(e2e.site.preview.url(`${e2e.site.base}no-such-page/`));
  expect(response?.status()).toBe(404);
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a reader sees.
  const text = (await page.locator('main p[lang="en"]').innerText()).replace(/\s+/g, ' ');
  expect(text).toContain('start from the English overview.');
  await context.close();
});
