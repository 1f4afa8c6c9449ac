import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { TOC_PATCH } from '../../src/integrations/toc-patch.ts';
import { tocTargets } from '../../src/site/toc-targets.ts';
import { openPage, useServedSite, watchContext } from '../support/browser.ts';
import { expectNoPageProblems } from '../support/page-problems.ts';
import { starlightSource, starlightTocSource } from '../support/starlight.ts';

/**
 * Starlight's table of contents with its `:has()` query replaced by tocTargets() (src/integrations/toc-patch.ts): the same
 * elements on every built page, and the shipped script still marks the section on screen.
 */
const e2e = useServedSite();

/** Starlight's own query, taken from the installed package: an array expression of `headingSelector`. */
function starlightQuery(): string {
  const call = TOC_PATCH.find.exec(starlightTocSource())?.[0];
  expect(call, "Starlight's query not found in its installed script").toBeTruthy();
  return call!.slice(call!.indexOf('['), call!.lastIndexOf(']') + 1).replaceAll('this.tocHeadingSelector', 'headingSelector');
}

/**
 * How Starlight builds its heading selector, taken from the installed package like the query: the initialisers of the
 * element's `minH`, `maxH` and `tocHeadingSelector` fields, and the page title's id. A statement string for the page,
 * where `self` stands for the element; a change to any of them in Starlight changes what this test compares against.
 */
function starlightHeadingSelector(): string {
  const toc = starlightTocSource();
  const field = (name: string) => {
    const expression = new RegExp(`^\\s*${name} = (.+);$`, 'm').exec(toc)?.[1];
    expect(expression, `Starlight's ${name} field not found in its installed table-of-contents script`).toBeTruthy();
    return expression!.replaceAll('this.', 'self.');
  };
  const titleId = /\bPAGE_TITLE_ID = ("[^"]*")/.exec(starlightSource('constants.js'))?.[1];
  expect(titleId, "Starlight's PAGE_TITLE_ID not found in its installed constants").toBeTruthy();
  expect(toc, 'the table-of-contents script no longer imports PAGE_TITLE_ID').toContain('PAGE_TITLE_ID');
  return `const PAGE_TITLE_ID = ${titleId};
    self.minH = ${field('minH')};
    self.maxH = ${field('maxH')};
    const headingSelector = ${field('tocHeadingSelector')};`;
}

/**
 * Both ways of finding the targets, run in the page, as indexes into the document's elements. An expression string
 * (evaluated through the DevTools protocol, which the page's CSP does not govern; `new Function` inside the page
 * would be blocked).
 */
function compareInPage(query: string, headingSelector: string): string {
  return `(() => {
    const tocTargets = ${tocTargets.toString()};
    const self = { dataset: document.querySelector('starlight-toc').dataset };
    ${headingSelector}
    const index = new Map([...document.querySelectorAll('*')].map((element, i) => [element, i]));
    return {
      ours: tocTargets(document, headingSelector).map((e) => index.get(e)),
      starlight: [...document.querySelectorAll(${query}.join())].map((e) => index.get(e)),
    };
  })()`;
}

test('finds exactly the elements Starlight’s :has() query finds, in the same order, on every page', async () => {
  const query = starlightQuery();
  const headingSelector = starlightHeadingSelector();
  const context = await e2e.site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const counts: Record<string, number> = {};
  for (const sitePage of e2e.pages.filter((p) => readFileSync(p.file, 'utf8').includes('<starlight-toc'))) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const result = await page.evaluate<{ ours: number[]; starlight: number[] }>(compareInPage(query, headingSelector));
    expect(result.ours, sitePage.urlPath).toEqual(result.starlight);
    counts[sitePage.urlPath] = result.ours.length;
  }
  await context.close();
  console.log(
    `[toc] targets per page: ${Object.entries(counts)
      .map(([path, n]) => `${path} ${n}`)
      .join(', ')}`,
  );
  expect(Object.keys(counts).length).toBeGreaterThan(10);
  expect(Math.max(...Object.values(counts))).toBeGreaterThan(50);
});

test.each([
  ['desktop', 1280, 'starlight-toc'],
  ['phone', 390, 'mobile-starlight-toc'],
] as const)('the shipped table of contents (%s) still follows the section on screen', async (_name, width, element) => {
  const target = e2e.pages.find((p) => p.urlPath.endsWith('/en/walkthrough/'))!;
  const context = await e2e.site.browser.newContext({ viewport: { width, height: 900 } });
  const problems = await watchContext(context, e2e.site.preview.origin);
  const page = await context.newPage();
  await openPage(page, e2e.site.preview.url(target.urlPath));
  // Sections whose heading can be scrolled up to the top bar (the last ones may be too short for that).
  const headings = await page
    .locator('main h2[id]')
    .evaluateAll((list) =>
      list
        .filter((h) => h.getBoundingClientRect().top + window.scrollY + window.innerHeight <= document.documentElement.scrollHeight)
        .map((h) => ({ id: h.id, text: h.textContent?.trim() ?? '' })),
    );
  expect(headings.length).toBeGreaterThan(4);
  for (const heading of [headings[4]!, headings[1]!, headings.at(-1)!]) {
    // Just below the top bar, where Starlight's script starts counting a section as the current one.
    await page.evaluate((id) => {
      const h = document.getElementById(id)!;
      window.scrollTo(
        0,
        h.getBoundingClientRect().top + window.scrollY - document.querySelector('header')!.getBoundingClientRect().height - 80,
      );
    }, heading.id);
    await expect
      .poll(() => page.locator(`${element} a[aria-current="true"]`).getAttribute('href'), { timeout: 5_000 })
      .toBe(`#${heading.id}`);
    if (element === 'mobile-starlight-toc')
      expect(await page.locator('mobile-starlight-toc .display-current').textContent()).toBe(heading.text);
  }
  await context.close();
  expectNoPageProblems(problems);
});

test('the built script carries no :has() query', () => {
  const toc = readdirSync(join(e2e.site.dist, '_astro')).filter((file) => file.startsWith('starlight-toc') && file.endsWith('.js'));
  expect(toc.length).toBe(1);
  const code = readFileSync(join(e2e.site.dist, '_astro', toc[0]!), 'utf8');
  expect(code).not.toContain(':has(');
  expect(code).toContain('main .sl-markdown-content > *, main > *');
});
