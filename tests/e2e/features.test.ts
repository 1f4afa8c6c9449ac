import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { SitePage } from '../../scripts/quality/dist-pages.ts';
import { openPage, useServedSite, watchContext } from '../support/browser.ts';
import { diagramThemes } from '../support/diagram-colours.ts';
import { expectNoPageProblems } from '../support/page-problems.ts';

/** Reader-facing features in real Chromium, under the real CSP: dark diagrams, copying and downloading examples. */
const e2e = useServedSite();

/** The first page (Japanese first) whose HTML contains `marker`. */
function firstPageWith(marker: RegExp): SitePage {
  const found = e2e.pages.find((p) => !p.is404 && marker.test(readFileSync(p.file, 'utf8')));
  expect(found, `no page in the build matches ${marker}`).toBeTruthy();
  return found!;
}

/** Uses Starlight's theme picker, as a reader does. */
async function chooseTheme(page: Page, theme: 'light' | 'dark') {
  await page.locator('starlight-theme-select select:visible').first().selectOption(theme);
  await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe(theme);
}

test('the theme picker repaints every diagram in its dark colours and back', async () => {
  const target = firstPageWith(/<figure\b[^>]*class="[^"]*\bdiagram\b/);
  const context = await e2e.site.browser.newContext({ colorScheme: 'light' });
  const problems = await watchContext(context, e2e.site.preview.origin);
  const page = await context.newPage();
  await openPage(page, e2e.site.preview.url(target.urlPath));
  await chooseTheme(page, 'light');
  const light = await diagramThemes(page);
  expect(light.length).toBeGreaterThan(0);
  expect(light.every((v) => v === 'light')).toBe(true);
  await chooseTheme(page, 'dark');
  expect(await diagramThemes(page)).toEqual(light.map(() => 'dark'));
  await chooseTheme(page, 'light');
  expect(await diagramThemes(page)).toEqual(light);
  await context.close();
  expectNoPageProblems(problems);
});

test('an example’s copy button puts the exact file on the clipboard, and its download link serves the file', async () => {
  // A manifest (not a command transcript, whose copy gives only the commands).
  const target = firstPageWith(/<figure\b[^>]*data-example="[^"]+\.ya?ml"/);
  const context = await e2e.site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.site.preview.origin });
  const problems = await watchContext(context, e2e.site.preview.origin);
  const page = await context.newPage();
  await openPage(page, e2e.site.preview.url(target.urlPath));
  const example = page.locator('figure[data-example$=".yaml"], figure[data-example$=".yml"]').first();
  const file = (await example.getAttribute('data-example'))!;
  const source = readFileSync(`examples/${file}`, 'utf8');

  await example.hover();
  await example.locator('.copy button').first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // Expressive Code copies the lines of the block; the file's final newline is the only thing it drops.
  expect(copied).toBe(source.replace(/\n$/, ''));

  const href = await example.locator('a[href*="/examples/"]').first().getAttribute('href');
  expect(href).toBe(`${e2e.site.base}examples/${file}`);
  const response = await page.request.get(e2e.site.preview.url(href!));
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(source);
  await context.close();
  expectNoPageProblems(problems);
});
