import { expect, test } from 'vitest';
import { plainEnv } from '../../scripts/quality/plain-env.ts';
import { editLinkBase, lastCommitDate } from '../../src/site/git-dates.ts';
import { openPage, useServedSite } from '../support/browser.ts';

/** "Last updated" from git and "Edit page" (src/site/git-dates.ts, src/site/route-middleware.ts). */
const e2e = useServedSite();

/** The MDX file of a page: content/docs/<slug>.mdx, en pages under content/docs/en/. */
function sourceOf(lang: string, twinKey: string): string {
  const slug = twinKey.replace(/\/$/, '') || 'index';
  return `content/docs/${lang === 'en' ? 'en/' : ''}${slug}.mdx`;
}

test('every page shows the date of its source file’s last commit, in its language', { timeout: 300_000 }, async () => {
  const context = await e2e.site.browser.newContext();
  const page = await context.newPage();
  const wrong: string[] = [];
  let dated = 0;
  // The same variables the test build ran with: an edit link exactly when they name a repository.
  const base = editLinkBase(plainEnv());
  for (const sitePage of e2e.pages.filter((p) => !p.is404)) {
    const file = sourceOf(sitePage.lang, sitePage.twinKey);
    const expected = lastCommitDate(file);
    expect(expected, `${file} has no git history`).toBeDefined();
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const meta = await page.evaluate(() => {
      const time = document.querySelector('footer time');
      const edit = [...document.querySelectorAll<HTMLAnchorElement>('footer a')].find((a) => /content\/docs\//.test(a.href));
      return { datetime: time?.getAttribute('datetime'), label: time?.parentElement?.textContent ?? '', edit: edit?.href };
    });
    if (meta.datetime !== expected!.toISOString()) wrong.push(`${sitePage.urlPath}: ${meta.datetime} for ${expected!.toISOString()}`);
    const label = sitePage.lang === 'ja' ? '最終更新日' : 'Last updated';
    if (!meta.label.includes(label)) wrong.push(`${sitePage.urlPath}: “${meta.label}” lacks “${label}”`);
    if (meta.edit !== (base ? `${base}${file}` : undefined)) wrong.push(`${sitePage.urlPath}: edit link ${meta.edit}`);
    dated++;
  }
  await context.close();
  expect(dated).toBeGreaterThan(10);
  expect(wrong).toEqual([]);
});

test('the edit link points at the file on GitHub from the variables GitHub Actions sets, and is left out without them', () => {
  expect(
    editLinkBase({ GITHUB_REPOSITORY: 'octo/k8s-network-notes', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REF_NAME: 'main' }),
  ).toBe('https://github.com/octo/k8s-network-notes/edit/main/');
  expect(editLinkBase({ EDIT_LINK_BASE: 'https://git.example/notes/edit/trunk' })).toBe('https://git.example/notes/edit/trunk/');
  expect(editLinkBase({})).toBeUndefined();
});

test('a file git does not know has no date', () => {
  expect(lastCommitDate('content/docs/no-such-page.mdx')).toBeUndefined();
});
