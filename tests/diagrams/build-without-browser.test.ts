import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCachedSvg } from '../../src/diagrams/cache.ts';
import { currentCacheKey, idPrefix } from '../../src/diagrams/cache-key.ts';
import { THEMES } from '../../src/diagrams/settings.ts';

/**
 * `astro build` of a one-page fixture site with the diagrams plugin, and with no browser (CHROMIUM_PATH points
 * nowhere): a fresh cache builds, a missing SVG fails with the page, the line and the command to run. The
 * fixture lives in the repository's ignored tmp/ folder so it resolves the project's node_modules.
 */
const pluginModule = resolve('src/integrations/diagrams.ts');
const fixed = 'flowchart LR\n  accTitle: キャッシュ済みの図\n  accDescr: SVGはキャッシュから読み込まれます。\n  A --> B';
const changed = 'flowchart LR\n  accTitle: 変更された図\n  accDescr: この図のSVGはまだありません。\n  A --> C';
const page = (source: string) => `---\ntitle: Fixture\n---\n\n# Fixture\n\nText.\n\n\`\`\`mermaid\n${source}\n\`\`\`\n`;

let root: string;
beforeAll(() => {
  mkdirSync('tmp', { recursive: true });
  root = mkdtempSync(join(resolve('tmp'), 'diagram-build-'));
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    [
      "import { fileURLToPath } from 'node:url';",
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      "import { satteri } from '@astrojs/markdown-satteri';",
      `import { diagramsIntegration, mermaidDiagrams } from ${JSON.stringify(pluginModule)};`,
      "const cacheDir = fileURLToPath(new URL('./diagram-cache/', import.meta.url));",
      'export default defineConfig({',
      '  markdown: { processor: satteri({ mdastPlugins: [mermaidDiagrams({ cacheDir })] }) },',
      '  integrations: [diagramsIntegration(), mdx()],',
      '});',
      '',
    ].join('\n'),
  );
  for (const theme of THEMES) {
    const key = currentCacheKey(fixed, theme);
    const p = idPrefix(key);
    const fill = theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)';
    writeCachedSvg(
      join(root, 'diagram-cache'),
      key,
      `<svg id="${p}" role="img" aria-labelledby="${p}-1" style="fill: ${fill};"><title id="${p}-1">cached</title></svg>\n`,
    );
  }
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function build() {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build without a browser', () => {
  it('succeeds with a fresh cache and puts the cached SVGs inline, merged into one for both themes', () => {
    writeFileSync(join(root, 'src/pages/index.mdx'), page(fixed));
    const { status, output } = build();
    expect(status, output).toBe(0);
    const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
    const light = idPrefix(currentCacheKey(fixed, 'light'));
    expect(html).toContain(
      `<figure class="diagram"><svg id="${light}" role="img" aria-labelledby="${light}-1" style="fill: light-dark(#ffffff, #000000);">`,
    );
    expect(html).toContain('<figcaption>キャッシュ済みの図</figcaption></figure>');
  });

  it('fails on a diagram with no SVG, naming the page, the line and `npm run diagrams`', () => {
    writeFileSync(join(root, 'src/pages/index.mdx'), page(changed));
    const { status, output } = build();
    expect(status).not.toBe(0);
    expect(output).toContain('src/pages/index.mdx:9: this Mermaid diagram has no up-to-date SVG (light, dark)');
    expect(output).toContain('run `npm run diagrams`');
  });
});
