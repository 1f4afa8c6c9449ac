import { expect, test } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

/**
 * The site title in the header reads whole on phones (src/site/overrides/SiteTitle.astro, src/styles/header.css):
 * nothing of it is clipped by the header, and it does not run under the search or menu buttons. On the home page
 * it says what the page's h1 says.
 */
const e2e = useServedSite();

const WIDTHS = [320, 360, 390, 414, 1280];

test.each(['ja', 'en'])('the %s site title is whole at every phone width and matches the home page h1', async (lang) => {
  const home = e2e.pages.find((p) => p.lang === lang && p.twinKey === '')!;
  const clipped: string[] = [];
  for (const width of WIDTHS) {
    const context = await e2e.site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await openPage(page, e2e.site.preview.url(home.urlPath));
    const found = await page.evaluate(() => {
      const title = document.querySelector<HTMLElement>('header .site-title')!;
      const wrapper = title.closest<HTMLElement>('.title-wrapper')!;
      const box = wrapper.getBoundingClientRect();
      // Every line of the title's text, as the browser laid it out.
      const range = document.createRange();
      range.selectNodeContents(title);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      const textRight = Math.max(...lines.map((r) => r.right));
      // The first visible control to the right of the title (search button or menu button).
      const controls = [...document.querySelectorAll<HTMLElement>('header button, header site-search, header starlight-menu-button')]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.left >= box.left + 10);
      const nextLeft = Math.min(...controls.map((r) => r.left), window.innerWidth);
      return {
        text: title.textContent!.replace(/\s+/g, ' ').trim(),
        overflow: wrapper.scrollWidth - wrapper.clientWidth,
        textRight,
        boxRight: box.right,
        nextLeft,
        textBottom: Math.max(...lines.map((r) => r.bottom)),
        headerBottom: document.querySelector('header')!.getBoundingClientRect().bottom,
      };
    });
    if (
      found.overflow > 0 ||
      found.textRight > found.boxRight + 0.5 ||
      found.textRight > found.nextLeft ||
      found.textBottom > found.headerBottom
    )
      clipped.push(`${width}px: ${JSON.stringify(found)}`);
    if (width === 320) {
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a reader sees.
      const h1 = (await page.locator('main h1').first().innerText()).trim();
      expect(found.text, 'header title and home page h1').toBe(h1);
    }
    await context.close();
  }
  expect(clipped).toEqual([]);
});

test('the Japanese title has no space between Kubernetes and the kana (glossary rule)', async () => {
  const context = await e2e.site.browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await openPage(page, e2e.site.preview.url(e2e.site.base));
  expect(await page.locator('header .site-title').textContent()).toBe('Kubernetesネットワークノート');
  await context.close();
});
