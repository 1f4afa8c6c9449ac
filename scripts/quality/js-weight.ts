import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initSync, parse } from 'es-module-lexer';
import { inlineScripts, modulePreloads, scriptSources } from './html.ts';

/**
 * The one measurer of a built page's JavaScript (Node only; for the JS budget gate, the playground's bundle tests
 * and `npm run bench`, never bundled). Pages are read with parse5 (html.ts), modules with es-module-lexer (the
 * lexer Vite itself uses, so a specifier is whatever the JavaScript grammar says it is, not what a regex guesses).
 */

initSync();

export interface JsResource {
  /** Site path of a file (`/base/_astro/x.js`), or `inline #n` for a script in the page. */
  name: string;
  /** The file relative to dist (`_astro/x.js`); absent for an inline script. */
  file?: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface JsSet {
  resources: JsResource[];
  /** The dist-relative files of `resources`, sorted (inline scripts have none). */
  files: string[];
  raw: number;
  gzip: number;
}

export interface PageJs {
  /**
   * What the browser downloads before anyone touches the page (what the site's JS budget counts): its `<script
   * src>` and modulepreload files, every module they and its inline module scripts import statically (followed
   * transitively), and its inline scripts themselves.
   */
  page: JsSet;
  /** Chunks reached through a dynamic `import()` (and their own imports), not already in `page`: loaded on demand. */
  lazy: JsSet;
  /** Workers it can start (`new Worker(new URL(…))`), each with its static imports. */
  workers: JsSet;
}

/** Gzip at the level a static host would use, per resource (as a server sends each file). */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

export function totalGzip(resources: Pick<JsResource, 'name' | 'gzipBytes'>[]): number {
  return resources.reduce((sum, r) => sum + r.gzipBytes, 0);
}

export interface ModuleImports {
  /** `import x from "…"`, `import "…"`, `export * from "…"`. */
  static: string[];
  /** `import("…")` with a literal specifier. */
  dynamic: string[];
}

/** The import specifiers of an ES module. */
export function moduleImports(code: string): ModuleImports {
  const [imports] = parse(code);
  const found: ModuleImports = { static: [], dynamic: [] };
  for (const entry of imports) {
    // d: -1 a static import, -2 `import.meta`, otherwise the position of a dynamic `import(`; n is undefined when
    // the specifier is not a string literal (nothing to follow).
    if (entry.n === undefined || entry.d === -2) continue;
    const list = entry.d === -1 ? found.static : found.dynamic;
    if (!list.includes(entry.n)) list.push(entry.n);
  }
  return found;
}

/** The static import specifiers of an ES module. */
export function staticImports(code: string): string[] {
  return moduleImports(code).static;
}

/**
 * Workers a module starts. Vite emits `new Worker(new URL("…", import.meta.url))`, which is not an import, so the
 * lexer does not report it; this one pattern is the shape Vite's worker plugin writes.
 */
const WORKER = /new Worker\(\s*new URL\(\s*["'`]([^"'`]+)["'`]/g;

export function pageJs(html: string, pageUrlPath: string, distDir: string, base: string): PageJs {
  const site = new SiteFiles(distDir, base, pageUrlPath);
  const pageDir = posix.dirname(`${pageUrlPath}x`);
  const inline = inlineScripts(html);
  const entries = [...scriptSources(html), ...modulePreloads(html)].map((src) => posix.resolve(pageDir, src));
  for (const script of inline) if (script.type === 'module') entries.push(...resolveAll(pageDir, moduleImports(script.body).static));

  const eager = site.closure(entries, 'static');
  const inlineResources = inline.map((script, index) => resource(`inline #${index + 1}`, undefined, script.body));
  const dynamicEntries = [...eager.values()].flatMap((sitePath) => resolveAll(posix.dirname(sitePath), site.imports(sitePath).dynamic));
  for (const script of inline)
    if (script.type === 'module') dynamicEntries.push(...resolveAll(pageDir, moduleImports(script.body).dynamic));
  const lazy = site.closure(dynamicEntries, 'all', eager);
  const workerEntries = [...eager, ...lazy].flatMap((sitePath) =>
    [...site.code(sitePath).matchAll(WORKER)].map((m) => posix.resolve(posix.dirname(sitePath), m[1]!)),
  );
  const workers = site.closure(workerEntries, 'static');
  return {
    page: jsSet([...site.resources(eager), ...inlineResources]),
    lazy: jsSet(site.resources(lazy)),
    workers: jsSet(site.resources(workers)),
  };
}

/** Raw and gzip bytes of some dist-relative files (what the playground's browser test saw it download). */
export function jsBytes(distDir: string, files: string[]): JsSet {
  return jsSet(files.map((file) => resource(file, file, readFileSync(join(distDir, file)))));
}

function jsSet(resources: JsResource[]): JsSet {
  return {
    resources,
    files: resources.flatMap((r) => (r.file ? [r.file] : [])).sort(),
    raw: resources.reduce((sum, r) => sum + r.rawBytes, 0),
    gzip: totalGzip(resources),
  };
}

function resource(name: string, file: string | undefined, code: string | Buffer): JsResource {
  return { name, file, rawBytes: Buffer.byteLength(code), gzipBytes: gzipSize(code) };
}

/** Site paths of specifiers, resolved against a folder; bare specifiers and other origins are not the site's files. */
function resolveAll(fromDir: string, specifiers: string[]): string[] {
  return specifiers.filter((s) => /^\.{0,2}\//.test(s) && !s.startsWith('//')).map((s) => posix.resolve(fromDir, s));
}

/** The built site's JS files by site path, each read and lexed once. */
class SiteFiles {
  private readonly cache = new Map<string, { code: string; imports: ModuleImports }>();
  private readonly prefix: string;
  private readonly distDir: string;
  private readonly pageUrlPath: string;

  constructor(distDir: string, base: string, pageUrlPath: string) {
    this.distDir = distDir;
    this.pageUrlPath = pageUrlPath;
    this.prefix = base.endsWith('/') ? base : `${base}/`;
  }

  distFile(sitePath: string): string {
    const file = sitePath.startsWith(this.prefix) ? sitePath.slice(this.prefix.length) : undefined;
    if (file === undefined || !existsSync(join(this.distDir, file)))
      throw new Error(`${this.pageUrlPath}: script ${sitePath} is not in the build`);
    return file;
  }

  private read(sitePath: string) {
    let entry = this.cache.get(sitePath);
    if (!entry) {
      const code = readFileSync(join(this.distDir, this.distFile(sitePath)), 'utf8');
      entry = { code, imports: moduleImports(code) };
      this.cache.set(sitePath, entry);
    }
    return entry;
  }

  code(sitePath: string): string {
    return this.read(sitePath).code;
  }

  imports(sitePath: string): ModuleImports {
    return this.read(sitePath).imports;
  }

  /** Site paths reachable from `entries` (in discovery order), following static imports, or all imports; minus `known`. */
  closure(entries: string[], follow: 'static' | 'all', known: Set<string> = new Set()): Set<string> {
    const seen = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const sitePath = queue.shift()!;
      if (seen.has(sitePath) || known.has(sitePath)) continue;
      seen.add(sitePath);
      const { static: eager, dynamic } = this.imports(sitePath);
      const next = follow === 'static' ? eager : [...eager, ...dynamic];
      queue.push(...resolveAll(posix.dirname(sitePath), next));
    }
    return seen;
  }

  resources(sitePaths: Set<string>): JsResource[] {
    return [...sitePaths].map((sitePath) => resource(sitePath, this.distFile(sitePath), this.code(sitePath)));
  }
}
