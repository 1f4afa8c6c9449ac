import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkPageCsp } from '../../scripts/quality/csp-check.ts';
import { type SitePage, sitePages } from '../../scripts/quality/dist-pages.ts';
import { checkExternalLinks } from '../../scripts/quality/external-links.ts';
import { mermaidSignatures } from '../../scripts/quality/mermaid-check.ts';
import { filesBelow } from '../../src/validation/files-below.ts';
import { builtSite, PAGES_BASE, SITE_URL } from '../support/site.ts';

/** Byte and security gates over the real build at the GitHub Pages base (the build is shared with other tests). */
let dist: string;
let pages: SitePage[];

beforeAll(async () => {
  dist = await builtSite(PAGES_BASE);
  pages = sitePages(dist, PAGES_BASE);
});

describe('Content Security Policy', () => {
  test('every page ships a hash-only, same-origin CSP that covers all its inline scripts', () => {
    expect(pages.length).toBeGreaterThan(2);
    const problems = pages.flatMap((page) => checkPageCsp(readFileSync(page.file, 'utf8')).map((p) => `${page.urlPath}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('every external link has rel="noopener"', () => {
    const problems = pages.flatMap((page) =>
      checkExternalLinks(readFileSync(page.file, 'utf8'), SITE_URL).map((p) => `${page.urlPath}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('JavaScript', () => {
  test('no Mermaid runtime in any JS or HTML file of the site', () => {
    const files = filesBelow(dist).filter((file) => /\.(m?js|html)$/.test(file));
    expect(files.length).toBeGreaterThan(pages.length);
    const found = files.flatMap((file) =>
      mermaidSignatures(readFileSync(file, 'utf8'), file.endsWith('.html') ? 'html' : 'js').map((s) => `${file.slice(dist.length)}: ${s}`),
    );
    expect(found).toEqual([]);
  });
});
