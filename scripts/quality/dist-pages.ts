import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesBelow } from '../../src/validation/files-below.ts';

export interface SitePage {
  /** Absolute path of the HTML file in dist. */
  file: string;
  /** URL path under the base, e.g. `/k8s-network-notes/en/cni/` (404 pages: their .html file path). */
  urlPath: string;
  /** `<html lang>` of the page. */
  lang: string;
  /** Locale-independent key shared by a page and its translation, e.g. `cni/`, `` for the home page, `404`. */
  twinKey: string;
  is404: boolean;
}

/** Every HTML file below a folder, sorted. */
export function htmlFiles(dir: string): string[] {
  return filesBelow(dir).filter((file) => file.endsWith('.html'));
}

/**
 * The pages of a build, discovered from dist (not from a list), so the gates grow as pages land. Pagefind's own
 * files are not pages. Locales: `en/` is English, everything else is the root (Japanese) locale.
 */
export function sitePages(distDir: string, base: string): SitePage[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return htmlFiles(distDir)
    .map((file) => relative(distDir, file).split(sep).join('/'))
    .filter((rel) => !rel.startsWith('pagefind/') && !rel.startsWith('_astro/') && !rel.startsWith('examples/'))
    .map((rel) => {
      const file = join(distDir, rel);
      const html = readFileSync(file, 'utf8');
      const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
      const is404 = rel === '404.html' || /(^|\/)404\/index\.html$/.test(rel);
      const urlPath = prefix + (rel.endsWith('index.html') && !rel.endsWith('/404/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      const localeFree = rel.replace(/^en\//, '');
      const twinKey = is404 ? '404' : localeFree.slice(0, -'index.html'.length);
      return { file, urlPath, lang, twinKey, is404 };
    });
}
