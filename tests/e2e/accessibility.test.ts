import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { type AxeFinding, axeSource, axeViolations } from '../support/axe.ts';
import { forEachInPool, openPage, useServedSite } from '../support/browser.ts';

/**
 * axe-core on every page, both languages, light and dark themes: zero WCAG 2.1 AA violations (axe runs under the
 * page's real CSP; see tests/support/axe.ts).
 */
const e2e = useServedSite();

/**
 * Expressive Code makes a code block that scrolls sideways focusable (tabindex=0, role=region) from a
 * ResizeObserver, about 250 ms after layout. Wait for that, as a reader would; if it never happens, axe reports
 * the block (scrollable-region-focusable).
 */
async function codeBlocksSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      null,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

/**
 * Light theme: every WCAG 2.1 A/AA rule on the whole page. Dark theme: switching theme changes colours, nothing
 * else (diagrams too: their colours are light-dark() pairs), so the dark pass re-checks colour contrast over the
 * whole page and every rule inside the diagrams. This halves the run time on a 2-core machine.
 */
test('every page has zero WCAG 2.1 AA violations, in the light and the dark theme', { timeout: 600_000 }, async () => {
  const context = await e2e.site.browser.newContext();
  // Starlight's theme provider reads this key before first paint, exactly as after a reader's choice.
  await context.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
  const found: string[] = [];
  const report = (urlPath: string, theme: string, violations: AxeFinding[]) => {
    for (const v of violations) found.push(`${urlPath} [${theme}] ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
  };
  const tabs = await Promise.all([context.newPage(), context.newPage()]);
  await forEachInPool(e2e.pages, tabs.length, async (sitePage, slot) => {
    const page = tabs[slot]!;
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await codeBlocksSettled(page);
    await page.evaluate(axeSource);
    report(sitePage.urlPath, 'light', await axeViolations(page));
    // What Starlight's theme picker does: every colour follows [data-theme] on <html>.
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    report(sitePage.urlPath, 'dark', await axeViolations(page, { rules: ['color-contrast', 'link-in-text-block'] }));
    report(sitePage.urlPath, 'dark', await axeViolations(page, { within: 'figure.diagram' }));
  });
  await context.close();
  expect(found).toEqual([]);
});

test('axe catches a contrast violation and an unnamed button on a crafted page, in either theme', async () => {
  const fixture = `${e2e.site.preview.origin}/__inaccessible__/`;
  const context = await e2e.site.browser.newContext();
  await context.route(fixture, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en" data-theme="dark"><head><title>x</title>
<style>:root[data-theme='dark'] p { color: #444; background: #222 } :root[data-theme='light'] p { color: #000; background: #fff }</style></head>
<body><main><p>Readable only in light.</p><button></button></main></body></html>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(fixture);
  await page.evaluate(axeSource);
  expect((await axeViolations(page, { rules: ['color-contrast', 'link-in-text-block'] })).map((v) => v.id)).toEqual(['color-contrast']);
  expect((await axeViolations(page)).map((v) => v.id).sort()).toEqual(['button-name', 'color-contrast']);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  expect((await axeViolations(page)).map((v) => v.id)).toEqual(['button-name']);
  await context.close();
});
