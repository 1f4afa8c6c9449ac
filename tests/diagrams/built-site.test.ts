import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDiagramsInContent, listPages } from '../../scripts/diagram-sources.ts';
import {
  attr,
  childElements,
  deepText,
  descendants,
  type HtmlPage,
  hasClass,
  listFiles,
  readHtmlPages,
} from '../../scripts/quality/html-pages.ts';
import { builtSite, PAGES_BASE } from '../support/site.ts';

/** content/docs/en/cni.mdx → en/cni/index.html; content/docs/index.mdx → index.html */
function builtFileOf(page: string): string {
  const slug = page.replace(/^content\/docs\//, '').replace(/\.mdx?$/, '');
  if (slug === 'index') return 'index.html';
  return `${slug.replace(/(^|\/)index$/, '')}/index.html`.replace(/^\//, '');
}
describe('diagrams in the built site', () => {
  let dist: string;
  let pages: HtmlPage[];
  const { diagrams } = findDiagramsInContent();

  beforeAll(async () => {
    dist = await builtSite(PAGES_BASE);
    pages = readHtmlPages(dist);
  });

  it('has a figure for every diagram in content/docs, on the page it came from', () => {
    expect(diagrams.length).toBeGreaterThan(0);
    for (const page of listPages()) {
      const expected = diagrams.filter((d) => d.file === page).map((d) => d.title);
      const built = pages.find((p) => p.file === builtFileOf(page));
      if (!built) continue; // pages the site does not build (e.g. a 404 replaced by src/pages) carry no diagrams
      const figures = built.elements.filter((e) => e.tagName === 'figure' && hasClass(e, 'diagram'));
      const captions = figures.map((f) => deepText(childElements(f).find((c) => c.tagName === 'figcaption')!));
      expect(captions, page).toEqual(expected);
    }
  });

  it('ships every diagram as one inline SVG for both themes with role="img", a title and a description', () => {
    let checked = 0;
    for (const page of pages) {
      for (const figure of page.elements.filter((e) => e.tagName === 'figure' && hasClass(e, 'diagram'))) {
        // Two copies (the fallback for renders that do not merge) would double what every reader's browser
        // parses and lays out; all of the site's diagrams merge today, so a second copy is a regression.
        expect(
          childElements(figure).filter((c) => hasClass(c, 'diagram-variant')),
          page.file,
        ).toEqual([]);
        const svgs = childElements(figure).filter((c) => c.tagName === 'svg');
        expect(svgs, page.file).toHaveLength(1);
        const svg = svgs[0]!;
        const caption = deepText(childElements(figure).find((c) => c.tagName === 'figcaption')!);
        const inside = descendants(svg);
        const title = inside.find((e) => e.tagName === 'title' && attr(e, 'id') === attr(svg, 'aria-labelledby'));
        const desc = inside.find((e) => e.tagName === 'desc' && attr(e, 'id') === attr(svg, 'aria-describedby'));
        expect(attr(svg, 'role'), page.file).toBe('img');
        expect(title && deepText(title), page.file).toBe(caption);
        expect(desc && deepText(desc).trim(), page.file).toBeTruthy();
        expect(
          inside.some((e) => e.tagName === 'style' || e.tagName === 'script'),
          page.file,
        ).toBe(false);
        expect(
          [svg, ...inside].some((e) => (attr(e, 'style') ?? '').includes('light-dark(')),
          page.file,
        ).toBe(true);
        // The placeholder size while off screen (content-visibility) comes from the SVG's own viewBox.
        const [, , width, height] = (attr(svg, 'viewBox') ?? '').split(' ').map(Number);
        expect(attr(figure, 'style'), page.file).toBe(
          `--diagram-height: ${Math.round(height!)}px; --diagram-ratio: ${(height! / width!).toFixed(3)}`,
        );
        checked += 1;
      }
    }
    expect(checked).toBe(diagrams.length);
  });

  it('has no duplicate ids on any page', () => {
    for (const page of pages) {
      const ids = page.elements.flatMap((e) => (attr(e, 'id') !== undefined ? [attr(e, 'id')!] : []));
      const duplicates = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
      expect(duplicates, page.file).toEqual([]);
    }
  });

  it('ships no Mermaid runtime and no unconverted mermaid fence', () => {
    for (const page of pages) {
      for (const script of page.elements.filter((e) => e.tagName === 'script')) {
        expect(`${attr(script, 'src') ?? ''} ${deepText(script)}`, page.file).not.toMatch(/mermaid/i);
      }
      expect(page.html, page.file).not.toMatch(/data-language="mermaid"|language-mermaid|accTitle:/);
    }
    for (const file of listFiles(dist).filter((f) => /\.(m?js)$/.test(f))) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/mermaid/i);
    }
  });
});
