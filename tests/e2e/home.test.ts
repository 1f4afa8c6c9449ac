import { expect, test } from 'vitest';
import { learningPath } from '../../src/site/learning-path.ts';
import { sidebar } from '../../src/site/sidebar.ts';
import { openPage, useServedSite } from '../support/browser.ts';

/** The home page (src/components/LearningPath.astro): a hero with the hands-on as its main action, the path as cards. */
const e2e = useServedSite();

test.each(['ja', 'en'] as const)('the %s home page has a hero that starts the hands-on and one card per sidebar page', async (lang) => {
  const home = e2e.pages.find((p) => p.lang === lang && p.twinKey === '')!;
  const prefix = lang === 'en' ? 'en/' : '';
  const context = await e2e.site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openPage(page, e2e.site.preview.url(home.urlPath));
  const found = await page.evaluate(() => ({
    h1: document.querySelector('.hero h1')?.textContent?.trim(),
    siteTitle: document.querySelector('header .site-title')?.textContent?.trim(),
    primary: [...document.querySelectorAll<HTMLAnchorElement>('.hero .sl-link-button.primary')].map((a) => ({
      text: a.textContent?.trim(),
      href: a.href,
    })),
    primaryTop: document.querySelector('.hero .sl-link-button.primary')?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY,
    cards: [...document.querySelectorAll<HTMLAnchorElement>('.k8s-path .sl-link-card a')].map((a) => ({
      title: a.textContent?.trim(),
      href: new URL(a.href).pathname,
    })),
    descriptions: [...document.querySelectorAll('.k8s-path .sl-link-card .description')].map((d) => d.textContent?.trim() ?? ''),
  }));
  expect(found.h1).toBe(found.siteTitle);
  expect(found.primary).toHaveLength(1);
  expect(new URL(found.primary[0]!.href).pathname).toBe(`${e2e.site.base}${prefix}walkthrough/`);
  expect(found.primary[0]!.text).toBe(lang === 'ja' ? 'ハンズオンを始める' : 'Start the hands-on walkthrough');
  // The action is on the first screen of a phone.
  expect(found.primaryTop).toBeLessThan(844);
  const steps = learningPath(lang);
  expect(steps.length).toBeGreaterThanOrEqual(6);
  expect(found.cards).toEqual(steps.map((s) => ({ title: s.label, href: `${e2e.site.base}${prefix}${s.slug}/` })));
  for (const description of found.descriptions) expect(description.length).toBeGreaterThan(20);
  // Every card leads to a page that exists.
  for (const card of found.cards)
    expect(
      e2e.pages.some((p) => p.urlPath === card.href),
      card.href,
    ).toBe(true);
  await context.close();
});

test('a page added to the sidebar becomes a card: the path is the sidebar minus the home page and the walkthrough', () => {
  const slugs = sidebar.flatMap((g) => g.items.map((i) => i.slug)).filter((s) => s !== 'index' && s !== 'walkthrough');
  expect(learningPath('ja').map((s) => s.slug)).toEqual(slugs);
  expect(learningPath('en').map((s) => s.label)).toEqual(
    sidebar.flatMap((g) => g.items.filter((i) => slugs.includes(i.slug)).map((i) => i.translations.en)),
  );
});
