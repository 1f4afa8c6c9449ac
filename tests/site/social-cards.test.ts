import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, type HtmlPage, readHtmlPages } from '../../scripts/quality/html-pages.ts';
import { builtSite, PAGES_BASE, SITE_URL } from '../support/site.ts';

/** Page slugs from the sources (ja at content/docs, en twins under content/docs/en). */
const slugs = readdirSync('content/docs')
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => name.replace(/\.mdx?$/, ''));
const pagePath = (slug: string) => (slug === 'index' ? '' : `${slug}/`);
const cardName = (slug: string, lang: 'ja' | 'en') => (lang === 'ja' ? slug : slug === 'index' ? 'en' : `en/${slug}`);

/** Width and height from a PNG's IHDR chunk, after checking the signature (PNG spec, section 5.2 and 11.2.2). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([PAGES_BASE, '/'])('social cards at base %s', (base) => {
  let dist: string;
  let pages: HtmlPage[];
  const meta = (page: HtmlPage, key: string) =>
    page.elements
      .filter((e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key))
      .map((e) => attr(e, 'content'));

  beforeAll(async () => {
    dist = await builtSite(base);
    pages = readHtmlPages(dist);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`gives every ${lang} page its own card, a 1200×630 PNG under the base path, with title and description`, () => {
      const seen = new Set<string>();
      for (const slug of slugs) {
        const file = `${lang === 'en' ? 'en/' : ''}${pagePath(slug)}index.html`;
        const page = pages.find((p) => p.file === file);
        if (!page) throw new Error(`${file} is missing from the build`);
        const image = `${SITE_URL}${base}og/${cardName(slug, lang)}.png`;
        expect(meta(page, 'og:image'), `${file} og:image`).toEqual([image]);
        expect(meta(page, 'twitter:image'), `${file} twitter:image`).toEqual([image]);
        expect(meta(page, 'twitter:card'), file).toEqual(['summary_large_image']);
        expect(meta(page, 'og:image:width'), file).toEqual(['1200']);
        expect(meta(page, 'og:image:height'), file).toEqual(['630']);
        const title = meta(page, 'og:title')[0];
        expect(title, `${file} og:title`).toBeTruthy();
        expect(meta(page, 'og:image:alt'), file).toEqual([title]);
        expect(meta(page, 'og:description')[0], `${file} og:description`).toBeTruthy();
        expect(meta(page, 'og:url'), file).toEqual([`${SITE_URL}${base}${lang === 'en' ? 'en/' : ''}${pagePath(slug)}`]);

        const png = join(dist, 'og', `${cardName(slug, lang)}.png`);
        expect(existsSync(png), `${png} exists`).toBe(true);
        const bytes = readFileSync(png);
        expect(pngSize(bytes), png).toEqual({ width: 1200, height: 630 });
        // Each card is drawn from its own page's title: no two pages (or languages) share an image.
        const digest = bytes.toString('base64');
        expect(seen.has(digest), `${png} is the same image as another page's`).toBe(false);
        seen.add(digest);
      }
    });
  }

  it('draws a different card for a ja page and its en twin', () => {
    for (const slug of slugs) {
      const ja = readFileSync(join(dist, 'og', `${cardName(slug, 'ja')}.png`));
      const en = readFileSync(join(dist, 'og', `${cardName(slug, 'en')}.png`));
      expect(ja.equals(en), slug).toBe(false);
    }
  });

  it('gives the 404 page, served at any missing URL, no card', () => {
    const notFound = pages.find((p) => p.file === '404.html');
    expect(notFound).toBeDefined();
    expect(notFound && meta(notFound, 'og:image')).toEqual([]);
  });
});
