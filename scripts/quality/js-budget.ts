import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filesBelow } from '../../src/validation/files-below.ts';
import type { SitePage } from './dist-pages.ts';
import { pageJs } from './js-weight.ts';

/** Extra JavaScript (gzip) any page may ship beyond Starlight's own. */
export const JS_ALLOWANCE_BYTES = 5 * 1024;

export interface PageJsWeight {
  urlPath: string;
  gzipBytes: number;
}

export function pagesJs(pages: SitePage[], distDir: string, base: string): PageJsWeight[] {
  return pages.map((page) => ({
    urlPath: page.urlPath,
    gzipBytes: pageJs(readFileSync(page.file, 'utf8'), page.urlPath, distDir, base).page.gzip,
  }));
}

/**
 * Starlight's own JavaScript baseline, measured on this very build: the heaviest page whose source is plain
 * Starlight — an MDX file with no `import` (so no Example, playground or other project component) and no
 * ```mermaid fence. Such a page carries exactly what Starlight ships on a content page (theme and language
 * pickers, search, sidebar, table of contents, and Expressive Code's copy button when it has code). Measuring it
 * in the same build keeps the baseline honest when Starlight itself changes.
 */
export function starlightBaseline(weights: PageJsWeight[], contentDir: string, base: string): PageJsWeight {
  const plain = new Set(plainStarlightSources(contentDir).map((path) => sourceUrlPath(path, base)));
  const candidates = weights.filter((w) => plain.has(w.urlPath));
  if (candidates.length === 0)
    throw new Error(`no plain-Starlight page (MDX without imports or Mermaid) under ${contentDir} to measure the JS baseline on`);
  return candidates.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
}

/** Pages over budget, as messages. */
export function overBudget(weights: PageJsWeight[], baseline: PageJsWeight, allowance = JS_ALLOWANCE_BYTES): string[] {
  const limit = baseline.gzipBytes + allowance;
  return weights
    .filter((w) => w.gzipBytes > limit)
    .map(
      (w) =>
        `${w.urlPath}: ${w.gzipBytes} B of JS (gzip) > ${limit} B (Starlight baseline ${baseline.gzipBytes} B on ${baseline.urlPath} + ${allowance} B)`,
    );
}

export function plainStarlightSources(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return filesBelow(contentDir)
    .filter((file) => /\.mdx?$/.test(file))
    .filter((file) => {
      const source = readFileSync(file, 'utf8');
      return !/^import\s/m.test(source) && !/^\s*(```|~~~)\s*mermaid\b/m.test(source);
    })
    .map((file) => relative(contentDir, file).split(sep).join('/'));
}

/** `en/cni.mdx` → `/base/en/cni/`, `index.mdx` → `/base/`. */
export function sourceUrlPath(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const slug = path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return slug === '' ? prefix : `${prefix}${slug.replace(/\/$/, '')}/`.replace(/\/\/$/, '/');
}
