import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, type HtmlPage, listFiles, pageUrlPath, readHtmlPages } from '../../scripts/quality/html-pages.ts';
import { findBrokenLinks, findThirdPartyInAsset, findThirdPartyRequests, formatLinks } from '../../scripts/quality/link-check.ts';
import { builtSite, PAGES_BASE, SITE_URL } from '../support/site.ts';

/** Page slugs from the sources: ja pages at content/docs, en twins under content/docs/en. */
function slugs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('404.'))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
}
const jaSlugs = slugs('content/docs');
const enSlugs = slugs('content/docs/en');
const pagePath = (slug: string) => (slug === 'index' ? '' : `${slug}/`);

describe.each([PAGES_BASE, '/'])('built site at base %s', (base) => {
  let dist: string;
  let pages: HtmlPage[];
  const page = (file: string) => {
    const found = pages.find((p) => p.file === file);
    if (!found) throw new Error(`${file} is missing from the build`);
    return found;
  };

  beforeAll(async () => {
    dist = await builtSite(base);
    pages = readHtmlPages(dist);
  });

  it('has every page in both languages', () => {
    expect(enSlugs).toEqual(jaSlugs);
    for (const slug of jaSlugs) {
      expect(existsSync(join(dist, pagePath(slug), 'index.html')), `ja ${slug}`).toBe(true);
      expect(existsSync(join(dist, 'en', pagePath(slug), 'index.html')), `en ${slug}`).toBe(true);
    }
  });

  it('declares the right <html lang> on every page', () => {
    for (const slug of jaSlugs) {
      expect(page(`${pagePath(slug)}index.html`).html).toMatch(/<html[^>]*\slang="ja"/);
      expect(page(`en/${pagePath(slug)}index.html`).html).toMatch(/<html[^>]*\slang="en"/);
    }
  });

  it('gives canonical and hreflang URLs that carry the base path', () => {
    for (const slug of jaSlugs) {
      const ja = `${SITE_URL}${base}${pagePath(slug)}`;
      const en = `${SITE_URL}${base}en/${pagePath(slug)}`;
      for (const [file, canonical] of [
        [`${pagePath(slug)}index.html`, ja],
        [`en/${pagePath(slug)}index.html`, en],
      ]) {
        const links = page(file).elements.filter((e) => e.tagName === 'link');
        const href = (rel: string, lang?: string) =>
          links
            .find((l) => attr(l, 'rel') === rel && (lang === undefined || attr(l, 'hreflang') === lang))
            ?.attrs.find((a) => a.name === 'href')?.value;
        expect(href('canonical'), `${file} canonical`).toBe(canonical);
        expect(href('alternate', 'ja'), `${file} hreflang ja`).toBe(ja);
        expect(href('alternate', 'en'), `${file} hreflang en`).toBe(en);
        expect(href('alternate', 'x-default'), `${file} x-default`).toBe(ja);
      }
    }
  });

  it('resolves every internal href and src to a file in the build', () => {
    const broken = findBrokenLinks(dist, pages, base, SITE_URL);
    expect(broken, `broken links:\n${formatLinks(broken)}`).toEqual([]);
  });

  it('makes no request to a third-party origin from any HTML, CSS or JS file', () => {
    const found = findThirdPartyRequests(pages, SITE_URL);
    for (const file of listFiles(dist).filter((f) => /\.(css|m?js)$/.test(f))) {
      found.push(...findThirdPartyInAsset(file, readFileSync(join(dist, file), 'utf8')));
    }
    expect(found, formatLinks(found)).toEqual([]);
  });

  it('lists every page in the sitemap with hreflang alternates under the base path', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const slug of jaSlugs) {
      expect(sitemap).toContain(`<loc>${SITE_URL}${base}${pagePath(slug)}</loc>`);
      expect(sitemap).toContain(`<loc>${SITE_URL}${base}en/${pagePath(slug)}</loc>`);
      expect(sitemap).toContain(`hreflang="en" href="${SITE_URL}${base}en/${pagePath(slug)}"`);
    }
    expect(sitemap).not.toContain('/404');
  });

  it('has a 404 page that speaks both languages and links home under the base path', () => {
    const notFound = page('404.html');
    expect(notFound.html).toContain('ページが見つかりません');
    expect(notFound.html).toContain('Page not found');
    const hrefs = notFound.elements.filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain(base);
    expect(hrefs).toContain(`${base}en/`);
  });

  it('builds a Pagefind index for Japanese and English', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
    for (const language of ['ja', 'en']) expect(entry.languages[language].page_count).toBeGreaterThan(0);
  });

  it('uses the per-language site title and the favicon under the base', () => {
    expect(page('index.html').html).toContain('Kubernetesネットワークノート');
    expect(page('en/index.html').html).toContain('Kubernetes Networking Notes');
    const icon = page('index.html').elements.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'shortcut icon');
    expect(icon && attr(icon, 'href')).toBe(`${base}favicon.svg`);
  });

  it('serves each page at the URL its file implies', () => {
    expect(pageUrlPath('en/services/index.html', base)).toBe(`${base}en/services/`);
  });
});
