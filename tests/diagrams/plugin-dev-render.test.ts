import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFile } from '../../src/diagrams/cache.ts';
import { currentCacheKey } from '../../src/diagrams/cache-key.ts';
import { closeDevRenderer, mermaidDiagrams } from '../../src/integrations/diagrams.ts';

/** What `astro dev` does with a diagram that has no SVG yet: render it with Chromium and write it to the cache. */
const cwd = mkdtempSync(join(tmpdir(), 'diagram-dev-'));
const cacheDir = join(cwd, 'cache');
afterAll(async () => {
  await closeDevRenderer();
  rmSync(cwd, { recursive: true, force: true });
});

const compile = (source: string) =>
  mdxToJs(`# Page\n\n\`\`\`mermaid\n${source}\n\`\`\`\n`, {
    mdastPlugins: [mermaidDiagrams({ cacheDir, cwd, renderMissing: true })],
    fileURL: pathToFileURL(join(cwd, 'content/docs/dev.mdx')),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });

describe('mermaidDiagrams in astro dev (renderMissing)', () => {
  it('renders a missing diagram on the fly and writes both SVGs to the cache', async () => {
    const source = 'flowchart TB\n  accTitle: 開発中の図\n  accDescr: その場で描画されます。\n  A["ノード"] --> B';
    const { code } = await compile(source);
    for (const theme of ['light', 'dark'] as const) {
      const file = cacheFile(cacheDir, currentCacheKey(source, theme));
      expect(existsSync(file), theme).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/^<svg [^>]*role="img"/);
    }
    expect(code).toContain('<figcaption>開発中の図</figcaption>');
  });

  it("stops on a syntax error with the page, the line and Mermaid's message", async () => {
    const error = await compile('flowchart TB\n  accTitle: T\n  accDescr: D\n  A -->').catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^content\/docs\/dev\.mdx:3: Mermaid cannot render this diagram:\nParse error on line/);
  });
});
