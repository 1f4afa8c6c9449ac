import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScripts, modulePreloads, scriptSources } from './html.ts';

export interface JsResource {
  /** Site path of a file (`/base/_astro/x.js`), or `inline #n` for a script in the page. */
  name: string;
  gzipBytes: number;
}

export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * The JavaScript a page makes the browser download before anyone touches it, each resource gzipped on its own
 * (as a server would send it): its `<script src>` and modulepreload files, every module they import statically
 * (followed through the files, transitively), and its inline scripts. Dynamic `import()` targets (Pagefind's UI,
 * loaded when search opens) are not initial load and are not counted.
 */
export function pageJs(html: string, pageUrlPath: string, distDir: string, base: string): JsResource[] {
  const resources: JsResource[] = [];
  const seen = new Set<string>();
  const queue = [...scriptSources(html), ...modulePreloads(html)].map((src) => posix.resolve(posix.dirname(`${pageUrlPath}x`), src));
  while (queue.length > 0) {
    const sitePath = queue.shift()!;
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    const file = distFile(sitePath, distDir, base);
    if (!file) throw new Error(`${pageUrlPath}: script ${sitePath} is not in the build`);
    const code = readFileSync(file, 'utf8');
    resources.push({ name: sitePath, gzipBytes: gzipSize(code) });
    for (const target of staticImports(code)) queue.push(posix.resolve(posix.dirname(sitePath), target));
  }
  inlineScripts(html).forEach((script, index) => {
    resources.push({ name: `inline #${index + 1}`, gzipBytes: gzipSize(script.body) });
  });
  return resources;
}

export function totalGzip(resources: JsResource[]): number {
  return resources.reduce((sum, r) => sum + r.gzipBytes, 0);
}

/** `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"` — relative specifiers only. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) found.add(m[1]!);
  return [...found];
}

function distFile(sitePath: string, distDir: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!sitePath.startsWith(prefix)) return undefined;
  const file = join(distDir, sitePath.slice(prefix.length));
  return existsSync(file) ? file : undefined;
}
