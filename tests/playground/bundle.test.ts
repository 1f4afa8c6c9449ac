import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageJs, type PageJs } from '../../src/playground/bundle-report.ts';
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
  pages = htmlPages(dist);
  for (const page of pages) js.set(page, pageJs(dist, page, PAGES_BASE));
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mentions = (files: string[], needle: string) => files.filter((file) => readFileSync(join(dist, file), 'utf8').includes(needle));

describe('playground JavaScript', () => {
  it('is loaded by both playground pages: the editor, and a validation worker', () => {
    for (const page of PLAYGROUND_PAGES) {
      const found = js.get(page);
      expect(found, page).toBeDefined();
      expect(mentions(found!.page.files, CODEMIRROR), page).not.toEqual([]);
      expect(found!.workers.files.length, page).toBeGreaterThan(0);
      console.log(
        `[playground] ${page}: page JS ${kb(found!.page.gzip)} gzip (${kb(found!.page.raw)} raw, ${found!.page.files.length} files), ` +
          `worker JS ${kb(found!.workers.gzip)} gzip (${kb(found!.workers.raw)} raw); schema chunks load lazily per kind`,
      );
    }
  });

  it('is not referenced by any other page', () => {
    const playground = js.get(PLAYGROUND_PAGES[0]!)!;
    const playgroundOnly = new Set([...playground.page.files, ...playground.workers.files]);
    const sharedWithOthers = new Set<string>();
    const leaks: string[] = [];
    const others = pages.filter((page) => !PLAYGROUND_PAGES.includes(page));
    expect(others.length).toBeGreaterThan(5);
    for (const page of others) {
      const found = js.get(page)!;
      for (const file of found.page.files) if (playgroundOnly.has(file)) sharedWithOthers.add(file);
      for (const file of mentions(found.page.files, CODEMIRROR)) leaks.push(`${page} loads ${file} (CodeMirror)`);
      for (const file of found.workers.files) leaks.push(`${page} starts a worker: ${file}`);
    }
    expect(leaks).toEqual([]);
    // Whatever the playground shares with other pages is Starlight's own code, not the editor's.
    expect(mentions([...sharedWithOthers], CODEMIRROR)).toEqual([]);
    expect([...sharedWithOthers].filter((file) => playground.workers.files.includes(file))).toEqual([]);
  });
});

function htmlPages(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((page) => !page.startsWith('pagefind/') && !page.startsWith('examples/'))
    .sort();
}
