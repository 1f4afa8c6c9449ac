import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Which JavaScript a built page loads, read from dist (Node only; for tests and `npm run bench`, never bundled).
 * A page's JS is its module scripts and modulepreloads plus their static imports, followed transitively;
 * dynamic `import()` chunks are lazy and not counted. Paths are dist-relative (`_astro/x.js`).
 */

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const WORKER = /new Worker\(\s*new URL\(\s*["'`]([^"'`]+\.js)["'`]/g;

export interface JsBytes {
  files: string[];
  raw: number;
  gzip: number;
}

/** dist-relative path of a URL path under the base (`/k8s-network-notes/_astro/a.js` → `_astro/a.js`). */
function distPath(url: string, base: string, from?: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  if (url.startsWith('/')) return url.startsWith(base) ? url.slice(base.length) : url.slice(1);
  return from ? posix.normalize(posix.join(posix.dirname(from), url)) : undefined;
}

export function pageEntryScripts(html: string, base: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g)) out.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"[^>]*>/g)) out.push(m[1]!);
  // Inline module scripts may import bundled chunks too.
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) for (const i of m[1]!.matchAll(STATIC_IMPORT)) out.push(i[1]!);
  return [...new Set(out.map((url) => distPath(url, base)).filter((p): p is string => p?.endsWith('.js') === true))];
}

/** The static import closure of some JS files (with `dynamic`, dynamic `import()` targets are followed too). */
export function staticClosure(dist: string, entries: string[], base: string, dynamic = false): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const imports = [...code.matchAll(STATIC_IMPORT), ...(dynamic ? code.matchAll(DYNAMIC_IMPORT) : [])];
    for (const m of imports) {
      const next = distPath(m[1]!, base, file);
      if (next) queue.push(next);
    }
  }
  return [...seen].sort();
}

/** Workers started by some JS files (`new Worker(new URL('…'))`, as Vite emits them). */
export function workerEntries(dist: string, files: string[], base: string): string[] {
  const out = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(WORKER)) {
      const path = distPath(m[1]!, base, file);
      if (path) out.add(path);
    }
  }
  return [...out].sort();
}

export function jsBytes(dist: string, files: string[]): JsBytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(dist, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

export interface PageJs {
  /** JS the page loads up front (its scripts and their static imports): what the site's JS budget counts. */
  page: JsBytes;
  /** Chunks its scripts import dynamically (and their imports), not already in `page`. */
  lazy: JsBytes;
  /** JS of the workers it starts (static closure of each worker). Schema chunks the worker imports per kind are not counted. */
  workers: JsBytes;
}

/** The JS a built HTML page downloads (`page` relative to dist, e.g. `playground/index.html`). */
export function pageJs(dist: string, page: string, base: string): PageJs {
  const html = readFileSync(join(dist, page), 'utf8');
  const entries = pageEntryScripts(html, base);
  const eager = staticClosure(dist, entries, base);
  const lazy = staticClosure(dist, entries, base, true).filter((file) => !eager.includes(file));
  const workers = staticClosure(dist, workerEntries(dist, [...eager, ...lazy], base), base);
  return { page: jsBytes(dist, eager), lazy: jsBytes(dist, lazy), workers: jsBytes(dist, workers) };
}
