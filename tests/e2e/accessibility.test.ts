import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { forEachInPool, openPage, useServedSite } from '../support/browser.ts';

/**
 * axe-core on every page, both languages, light and dark themes: zero WCAG 2.1 AA violations.
 *
 * The pages run under a strict CSP, so `page.addScriptTag` (an inline <script>) would be blocked. axe is instead
 * evaluated through the DevTools protocol (`page.evaluate` of its source), which the page's CSP does not govern;
 * the page itself still runs under its real policy, so what axe sees is what readers see.
 */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const e2e = useServedSite();

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe (already evaluated into the page). `rules` narrows the run to some rule ids; `within` to some elements.
 */
async function axeViolations(page: Page, options: { rules?: string[]; within?: string } = {}): Promise<AxeFinding[]> {
  return page.evaluate(
    async ({ tags, rules, within }) => {
      type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<Result> } }).axe;
      if (within && !document.querySelector(within)) return [];
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const result = await axe.run(within ? { include: [[within]] } : document, { runOnly, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: WCAG_21_AA, rules: options.rules, within: options.within },
  );
}

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
