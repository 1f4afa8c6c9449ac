import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed Starlight's table-of-contents script (the file src/site/toc-patch.ts patches at build time). */
export function starlightTocSource(): string {
  const entry = fileURLToPath(import.meta.resolve('@astrojs/starlight'));
  return readFileSync(join(dirname(entry), 'components-internals/TableOfContents/starlight-toc.js'), 'utf8');
}
