import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { horizontalOverflow, openPage, useServedSite, watchContext } from '../support/browser.ts';
import { expectNoPageProblems } from '../support/page-problems.ts';

/** The real site at the GitHub Pages base, in real Chromium, under its real Content Security Policy. */
const e2e = useServedSite();

describe('every page in both languages', () => {
  test('the build has e2e.pages in Japanese and English, each with a twin', () => {
    const twins = (lang: string) =>
      e2e.pages
        .filter((p) => p.lang === lang && !p.is404)
        .map((p) => p.twinKey)
        .sort();
    const [ja, en] = [twins('ja'), twins('en')];
    expect(ja.length).toBeGreaterThan(1);
    expect(en).toEqual(ja);
  });

  test('opens at 390 px phone width with no horizontal scrolling, console error, failed or third-party request, or CSP violation', {
    timeout: 600_000,
  }, async () => {
    const context = await e2e.site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const problems = await watchContext(context, e2e.site.preview.origin);
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const sitePage of e2e.pages) {
      await openPage(page, e2e.site.preview.url(sitePage.urlPath), true);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) overflowing.push(`${sitePage.urlPath}: ${overflow}px wider than the 390px viewport`);
    }
    await context.close();
    expectNoPageProblems(problems, { overflowing });
  });
});

test('switching language on a deep page lands on its translation, and back', async () => {
  // The deepest Japanese content page: the longest locale-free path (ties: the last one found).
  const deep = e2e.pages
    .filter((p) => p.lang === 'ja' && !p.is404 && p.twinKey !== '')
    .reduce((a, b) => (b.twinKey.split('/').length >= a.twinKey.split('/').length ? b : a));
  const twin = e2e.pages.find((p) => p.lang === 'en' && p.twinKey === deep.twinKey)!;
  const context = await e2e.site.browser.newContext();
  const problems = await watchContext(context, e2e.site.preview.origin);
  const page = await context.newPage();
  await openPage(page, e2e.site.preview.url(deep.urlPath));

  await chooseLanguage(page, 'en');
  expect(new URL(page.url()).pathname).toBe(twin.urlPath);
  expect(await page.getAttribute('html', 'lang')).toBe('en');

  await chooseLanguage(page, 'ja');
  expect(new URL(page.url()).pathname).toBe(deep.urlPath);
  expect(await page.getAttribute('html', 'lang')).toBe('ja');
  await context.close();
  expectNoPageProblems(problems);
});

test('switching language from a section drops its anchor, which the translation does not have', async () => {
  const ja = e2e.pages.find((p) => p.lang === 'ja' && p.twinKey === 'walkthrough/')!;
  const en = e2e.pages.find((p) => p.lang === 'en' && p.twinKey === 'walkthrough/')!;
  const context = await e2e.site.browser.newContext();
  const page = await context.newPage();
  await openPage(page, e2e.site.preview.url(ja.urlPath));
  const id = await page.locator('main h2[id]').nth(2).getAttribute('id');
  // Arriving at the section from elsewhere, as from a link (a fragment change alone would not load the page).
  await page.goto('about:blank');
  await openPage(page, `${e2e.site.preview.url(ja.urlPath)}#${encodeURIComponent(id!)}`);
  expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  await chooseLanguage(page, 'en');
  const landed = new URL(page.url());
  expect(landed.pathname).toBe(en.urlPath);
  expect(landed.hash).toBe('');
  await context.close();
});

/** Uses Starlight's language picker the way a reader does (the visible <select> in the header). */
async function chooseLanguage(page: Page, lang: 'ja' | 'en') {
  const label = lang === 'ja' ? '日本語' : 'English';
  const select = page.locator('starlight-lang-select select:visible').first();
  const target = await select.evaluate(
    (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.textContent?.trim() === wanted)?.value,
    label,
  );
  expect(target, `no “${label}” option in the language picker`).toBeTruthy();
  await Promise.all([page.waitForURL((url) => url.pathname === target), select.selectOption(target!)]);
  await page.waitForLoadState('load');
}

describe('Pagefind search', () => {
  test.each([
    { lang: 'ja', start: '', word: 'ネットワーク' },
    { lang: 'en', start: 'en/', word: 'network' },
  ])('finds “$word” from the $lang home page and opens a result', async ({ lang, start, word }) => {
    const context = await e2e.site.browser.newContext();
    const problems = await watchContext(context, e2e.site.preview.origin);
    const page = await context.newPage();
    await openPage(page, e2e.site.preview.url(`${e2e.site.base}${start}`));
    await page.locator('button[data-open-modal]').first().click();
    const input = page.locator('dialog[open] input[type="search"], dialog[open] .pagefind-ui__search-input').first();
    await input.fill(word);
    const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
    await result.waitFor({ state: 'visible', timeout: 20_000 });
    const href = await result.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${e2e.site.base}`));
    const target = new URL(href!, page.url());
    await Promise.all([page.waitForURL((url) => url.pathname === target.pathname, { waitUntil: 'commit' }), result.click()]);
    await page.waitForLoadState('load');
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a reader sees, which is the point here.
    expect((await page.locator('main').innerText()).toLowerCase()).toContain(word.toLowerCase());
    await context.close();
    expectNoPageProblems(problems);
  });
});

test('the page checks catch a broken page: CSP violation, third-party request, console error, sideways scroll', async () => {
  // A crafted page served at the preview's origin: an inline script without a hash under a hash-only CSP, a
  // script from another origin (the request is recorded, then aborted: tests stay offline), a console error and
  // an element wider than a phone.
  const fixture = `${e2e.site.preview.origin}/__broken__/`;
  const context = await e2e.site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const problems = await watchContext(context, e2e.site.preview.origin);
  await context.route('http://third-party.invalid/**', (route) => route.abort());
  await context.route(fixture, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self' http://third-party.invalid">
<script>document.title = 'ran'</script><script src="http://third-party.invalid/tracker.js"></script></head>
<body><div style="width:800px">wide</div><img src="/__broken__/missing.png" alt=""></body></html>`,
    }),
  );
  await context.route(`${e2e.site.preview.origin}/__broken__/missing.png`, (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  await page.goto(fixture, { waitUntil: 'load' });
  expect(await horizontalOverflow(page)).toBeGreaterThan(0);
  await page.evaluate(() => console.error('boom'));
  await context.close();
  expect(problems.cspViolations.join('\n')).toMatch(/script-src/);
  expect(problems.foreignRequests).toEqual(['http://third-party.invalid/tracker.js']);
  expect(problems.consoleErrors.join('\n')).toMatch(/boom/);
  expect(problems.failedRequests.join('\n')).toMatch(/missing\.png \(HTTP 404\)/);
});
