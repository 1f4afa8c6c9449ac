import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file of the installed Starlight package, by its path under `dist/` (the files src/site/*-patch.ts patch). */
export function starlightSource(path: string): string {
  const entry = fileURLToPath(import.meta.resolve('@astrojs/starlight'));
  return readFileSync(join(dirname(entry), path), 'utf8');
}

export const starlightTocSource = () => starlightSource('components-internals/TableOfContents/starlight-toc.js');
/** Search.astro as a whole; the patched module is its `<script>`, which the patch's expression must occur in. */
export const starlightSearchSource = () => starlightSource('components/Search.astro');
