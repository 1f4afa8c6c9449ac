import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, type HtmlPage, readHtmlPages } from '../../scripts/quality/html-pages.ts';
import { builtSite, PAGES_BASE, SITE_URL } from '../support/site.ts';

/** Each page source with the examples it includes, read from the .mdx itself (not from the code under test). */
function sources(lang: 'ja' | 'en') {
  const dir = lang === 'ja' ? 'content/docs' : 'content/docs/en';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const slug = name.replace(/\.mdx$/, '');
      const source = readFileSync(join(dir, name), 'utf8');
      const title = /^title:\s*(.+)$/m
        .exec(source)?.[1]
        ?.trim()
        .replace(/^['"]|['"]$/g, '');
      const examples = [...source.matchAll(/<Example file="([^"]+)"/g)].map((m) => m[1] as string);
      const prefix = lang === 'en' ? 'en/' : '';
      return {
        slug,
        title,
        examples,
        html: `${prefix}${slug === 'index' ? '' : `${slug}/`}index.html`,
        url: `${prefix}${slug === 'index' ? '' : `${slug}/`}`,
        md: `${prefix}${slug}.md`,
      };
    });
}

describe.each([PAGES_BASE, '/'])('Markdown copies and llms.txt at base %s', (base) => {
  let dist: string;
  let pages: HtmlPage[];
  beforeAll(async () => {
    dist = await builtSite(base);
    pages = readHtmlPages(dist);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`gives every ${lang} page a Markdown copy with each example's file text, linked from the page`, () => {
      for (const page of sources(lang)) {
        const file = join(dist, page.md);
        expect(existsSync(file), `${page.md} exists`).toBe(true);
        const markdown = readFileSync(file, 'utf8');
        expect(markdown.startsWith(`# ${page.title}\n`), `${page.md} starts with its title`).toBe(true);
        expect(markdown, page.md).not.toMatch(/<Example\b|^import\s/m);
        for (const example of page.examples) {
          const text = readFileSync(join('examples', example), 'utf8').replace(/\n$/, '');
          expect(markdown, `${page.md} has examples/${example}`).toContain(`title="examples/${example}"\n${text}\n`);
        }
        // Site links are absolute and carry the base: the copy is read away from the site.
        for (const [, href] of markdown.matchAll(/\]\((\/[^)]*)\)/g)) throw new Error(`${page.md}: root-relative link ${href}`);
        const html = pages.find((p) => p.file === page.html);
        if (!html) throw new Error(`${page.html} is missing`);
        const links = html.elements.filter((e) => e.tagName === 'a').map((a) => attr(a, 'href'));
        expect(links, `${page.html} links its Markdown copy`).toContain(`${base}${page.md}`);
      }
    });

    it(`lists every ${lang} page in ${lang === 'en' ? 'en/' : ''}llms.txt with its URL and Markdown copy under the base`, () => {
      const prefix = lang === 'en' ? 'en/' : '';
      const llms = readFileSync(join(dist, prefix, 'llms.txt'), 'utf8');
      expect(llms).toMatch(/^# .+\n\n> .+/);
      const all = sources(lang);
      for (const page of all) {
        expect(llms, page.slug).toContain(`- [${page.title}](${SITE_URL}${base}${page.url})`);
        expect(llms, page.slug).toContain(`(Markdown: ${SITE_URL}${base}${page.md})`);
      }
      expect(llms.match(/^- \[/gm)?.length).toBe(all.length + 2);
      expect(llms).toContain(`${SITE_URL}${base}${prefix}llms-full.txt`);

      const full = readFileSync(join(dist, prefix, 'llms-full.txt'), 'utf8');
      for (const page of all) {
        expect(full, page.slug).toContain(readFileSync(join(dist, page.md), 'utf8'));
      }
    });
  }

  it('writes llms.txt in the language of its pages', () => {
    expect(readFileSync(join(dist, 'llms.txt'), 'utf8')).toMatch(/^# Kubernetes ネットワークノート\n/);
    expect(readFileSync(join(dist, 'en', 'llms.txt'), 'utf8')).toMatch(/^# Kubernetes Networking Notes\n/);
  });
});
