import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sitePages } from '../../scripts/quality/dist-pages.ts';
import { jsBytes, type PageJs, pageJs } from '../../scripts/quality/js-weight.ts';
import { builtSite, PAGES_BASE } from '../support/site.ts';

/**
 * The playground's JavaScript (CodeMirror, the validation worker and its schemas) must load on the playground pages
 * only: every other page of the real build is checked for any reference to it.
 */

const PLAYGROUND_PAGES = ['playground/index.html', 'en/playground/index.html'];
/** A class name only CodeMirror's view code contains. */
const CODEMIRROR = 'cm-content';

let dist: string;
let pages: string[];
const js = new Map<string, PageJs>();

beforeAll(async () => {
  dist = await builtSite(PAGES_BASE);
  pages = [];
  for (const page of sitePages(dist, PAGES_BASE)) {
    const file = relative(dist, page.file).split(sep).join('/');
    pages.push(file);
    js.set(file, pageJs(readFileSync(page.file, 'utf8'), page.urlPath, dist, PAGES_BASE));
  }
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mentions = (files: string[], needle: string) => files.filter((file) => readFileSync(join(dist, file), 'utf8').includes(needle));

describe('playground JavaScript', () => {
  it('is loaded by both playground pages, the editor as a lazy chunk, plus a validation worker', () => {
    for (const page of PLAYGROUND_PAGES) {
      const found = js.get(page);
      expect(found, page).toBeDefined();
      // Up front, only a small loader: the editor is not among the page's own scripts (the site's JS budget).
      expect(mentions(found!.page.files, CODEMIRROR), page).toEqual([]);
      expect(mentions(found!.lazy.files, CODEMIRROR), page).not.toEqual([]);
      expect(found!.workers.files.length, page).toBeGreaterThan(0);
      const base = js.get('en/glossary/index.html')!.page.gzip;
      const editor = jsBytes(dist, mentions(found!.lazy.files, CODEMIRROR));
      console.log(
        `[playground] ${page}: page JS ${kb(found!.page.gzip)} gzip (a plain page: ${kb(base)}), editor chunk ${kb(editor.gzip)} gzip ` +
          `(${kb(editor.raw)} raw), worker ${kb(found!.workers.gzip)} gzip (${kb(found!.workers.raw)} raw); schema chunks load lazily per kind`,
      );
      expect(found!.page.gzip - base, `${page}: loader beyond a plain page`).toBeLessThan(5 * 1024);
    }
  });

  it('is not referenced by any other page, up front or lazily', () => {
    const playground = js.get(PLAYGROUND_PAGES[0]!)!;
    // The playground's own files: its component script, the editor chunk(s) and the worker. (Search's lazy UI and
    // Vite's preload helper are shared by every page and are not the playground's.)
    const own = new Set([
      ...[...playground.page.files, ...playground.lazy.files].filter((file) => /\/Playground\.astro_/.test(file)),
      ...mentions(playground.lazy.files, CODEMIRROR),
      ...playground.workers.files,
    ]);
    expect(own.size).toBeGreaterThanOrEqual(3);
    const leaks: string[] = [];
    const others = pages.filter((page) => !PLAYGROUND_PAGES.includes(page));
    expect(others.length).toBeGreaterThan(5);
    for (const page of others) {
      const found = js.get(page)!;
      const files = [...found.page.files, ...found.lazy.files];
      for (const file of files) if (own.has(file)) leaks.push(`${page} loads the playground's ${file}`);
      for (const file of mentions(files, CODEMIRROR)) leaks.push(`${page} loads ${file} (CodeMirror)`);
      for (const file of found.workers.files) leaks.push(`${page} starts a worker: ${file}`);
    }
    expect(leaks).toEqual([]);
  });
});
