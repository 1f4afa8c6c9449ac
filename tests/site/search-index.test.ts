import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, deepText, descendants, type HtmlPage, hasClass, readHtmlPages } from '../../scripts/quality/html-pages.ts';
import { commandLines } from '../../src/examples/command-lines.ts';
import { CODE_SEARCH_WEIGHT } from '../../src/integrations/code-search.ts';
import { GLOSSARY_TERM_WEIGHT } from '../../src/integrations/glossary-terms.ts';
import { SEARCH_RANKING } from '../../src/site/search-ranking.ts';
import { builtSite, PAGES_BASE } from '../support/site.ts';

/**
 * What the built pages tell Pagefind (its index is made from these attributes): shown command output is left out,
 * a file's code counts half, a glossary term counts like a heading, and the search dialog ranks with the site's
 * ranking (src/site/search-ranking.ts). How that ranks: tests/e2e/search.test.ts.
 */
type Element = DefaultTreeAdapterMap['element'];

const text = deepText;
const ignored = (element: Element) => attr(element, 'data-pagefind-ignore') !== undefined;
const lineText = (line: Element) => text(line).replace(/\n$/, '');

let dist: string;
let pages: HtmlPage[];
beforeAll(async () => {
  dist = await builtSite(PAGES_BASE);
  pages = readHtmlPages(dist);
});

describe('code blocks in the search index', () => {
  const examples = () =>
    pages.flatMap((page) =>
      page.elements
        .filter((e) => e.tagName === 'figure' && hasClass(e, 'k8s-example'))
        .map((figure) => ({ page: page.file, figure, pre: descendants(figure).find((e) => e.tagName === 'pre') })),
    );

  it('marks every output line of a transcript ignored, and none of its command lines', () => {
    const transcripts = examples().filter((x) => attr(x.figure, 'data-output') !== undefined);
    expect(transcripts.length).toBeGreaterThan(10);
    for (const { page, figure, pre } of transcripts) {
      const file = attr(figure, 'data-example') as string;
      const where = `${page} ${file}`;
      const lines = descendants(pre as Element).filter((e) => hasClass(e, 'ec-line'));
      const output = readFileSync(`examples/${attr(figure, 'data-output')}`, 'utf8').replace(/\n$/, '');
      const commands = commandLines(readFileSync(`examples/${file}`, 'utf8')).flatMap((command) => `$ ${command}`.split('\n'));
      expect(lines.filter(ignored).map(lineText).join('\n'), where).toBe(output);
      expect(lines.filter((line) => !ignored(line)).map(lineText), where).toEqual(commands);
    }
  });

  it('keeps the download links and the output note out of the index too', () => {
    for (const { page, figure } of examples()) {
      const links = descendants(figure).filter((e) => e.tagName === 'figcaption' && hasClass(e, 'k8s-example-links'));
      expect(links.length, page).toBe(1);
      expect(ignored(links[0] as Element), page).toBe(true);
    }
  });

  it(`weights a file's code at ${CODE_SEARCH_WEIGHT} and leaves commands at a word's full weight`, () => {
    const all = examples();
    const files = all.filter(
      (x) => attr(x.pre as Element, 'data-language') !== 'shellsession' && attr(x.pre as Element, 'data-language') !== 'bash',
    );
    expect(files.length).toBeGreaterThan(10);
    expect(files.length).toBeLessThan(all.length);
    for (const { page, figure, pre } of all) {
      const expected = files.some((x) => x.pre === pre) ? String(CODE_SEARCH_WEIGHT) : undefined;
      expect(attr(pre as Element, 'data-pagefind-weight'), `${page} ${attr(figure, 'data-example')}`).toBe(expected);
    }
  });
});

describe('glossary terms in the search index', () => {
  for (const [file, source] of [
    ['glossary/index.html', 'content/docs/glossary.mdx'],
    ['en/glossary/index.html', 'content/docs/en/glossary.mdx'],
  ] as const) {
    it(`${file}: the term cell of every entry, and no other cell, weighs like a heading`, () => {
      const page = pages.find((p) => p.file === file);
      expect(page, file).toBeDefined();
      const entries = [...readFileSync(source, 'utf8').matchAll(/^\| <span id="([^"]+)"><\/span>\*\*/gm)].map((m) => m[1]);
      expect(entries.length).toBeGreaterThan(20);
      const cells = (page as HtmlPage).elements.filter((e) => e.tagName === 'td');
      const weighted = cells.filter((td) => attr(td, 'data-pagefind-weight') !== undefined);
      expect(weighted.map((td) => attr(td, 'data-pagefind-weight'))).toEqual(entries.map(() => String(GLOSSARY_TERM_WEIGHT)));
      expect(
        weighted.map(
          (td) =>
            descendants(td)
              .find((e) => e.tagName === 'span')
              ?.attrs.find((a) => a.name === 'id')?.value,
        ),
      ).toEqual(entries);
    });
  }

  it('weights no table cell on any other page', () => {
    for (const page of pages.filter((p) => !p.file.endsWith('glossary/index.html'))) {
      expect(page.elements.filter((e) => e.tagName === 'td' && attr(e, 'data-pagefind-weight') !== undefined).length, page.file).toBe(0);
    }
  });
});

describe('the search dialog', () => {
  it("ranks with the site's ranking (what the recall test ranks with)", () => {
    const scripts = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
    const found = scripts.flatMap((f) =>
      [...readFileSync(join(dist, '_astro', f), 'utf8').matchAll(/ranking:(\{[^}]*\})/g)].map((m) => m[1]),
    );
    expect(found.length).toBe(1);
    // The bundle writes the object as JavaScript (`{pageLength:.75,…}`): quote the keys, give numbers their 0.
    const json = (found[0] as string).replace(/([{,])(\w+):/g, '$1"$2":').replace(/([:,])\./g, '$10.');
    const ranking = JSON.parse(json) as Record<string, number>;
    expect(ranking).toEqual(SEARCH_RANKING);
  });
});
