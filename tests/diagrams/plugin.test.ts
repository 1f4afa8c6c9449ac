import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFile, writeCachedSvg } from '../../src/diagrams/cache.ts';
import { currentCacheKey, idPrefix } from '../../src/diagrams/cache-key.ts';
import { THEMES } from '../../src/diagrams/settings.ts';
import { diagramsIntegration, mermaidDiagrams } from '../../src/integrations/diagrams.ts';

/**
 * The plugin run by Sätteri itself (the compiler Astro uses for MDX), on fixture pages. The cache holds small
 * hand-written SVGs here: these tests are about finding, failing and assembling, not about Mermaid (see
 * renderer.test.ts and cache-fresh.test.ts for real renders).
 */
const diagramSource = 'flowchart LR\n  accTitle: Podの通信 <A & B>\n  accDescr: vethペアでつながります。\n  A --> B';
const page = (body: string) => `---\ntitle: Fixture\n---\n\nIntro.\n\n${body}\n`;
const fence = (source = diagramSource) => `\`\`\`mermaid\n${source}\n\`\`\``;

let cwd: string;
let cacheDir: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'diagram-plugin-'));
  cacheDir = join(cwd, 'cache');
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

/** Like a real render: the two themes differ only in colours inside style attributes. */
const FILL = { light: 'rgb(232, 235, 254)', dark: 'rgb(23, 38, 79)' } as const;
function fakeSvg(key: string, theme: 'light' | 'dark', title = 'diagram') {
  const p = idPrefix(key);
  return `<svg id="${p}" role="img" aria-labelledby="${p}-1" viewBox="0 0 200 100"><title id="${p}-1">${title}</title><g id="${p}-2" style="fill: ${FILL[theme]};"/></svg>\n`;
}
function cacheBoth(source = diagramSource, title = (_theme: 'light' | 'dark') => 'diagram') {
  for (const theme of THEMES) {
    const key = currentCacheKey(source, theme);
    writeCachedSvg(cacheDir, key, fakeSvg(key, theme, title(theme)));
  }
}
async function compile(text: string, options: Parameters<typeof mermaidDiagrams>[0] = {}, file = 'content/docs/fixture.mdx') {
  return mdxToJs(text, {
    mdastPlugins: [mermaidDiagrams({ cacheDir, cwd, ...options })],
    fileURL: pathToFileURL(join(cwd, file)),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
}
/** The HTML the plugin handed to Astro through set:html. */
function figureInner(code: string): string[] {
  return [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);
}

describe('mermaidDiagrams plugin', () => {
  it('replaces a fence with a figure holding one SVG for both themes, its size and a caption from accTitle', async () => {
    cacheBoth();
    const { code } = await compile(page(fence()));
    expect(code).toContain('class: "diagram"');
    expect(code).toContain('style: "--diagram-height: 100px; --diagram-ratio: 0.500"');
    expect(code).not.toContain('language-mermaid');
    const [inner] = figureInner(code);
    const light = idPrefix(currentCacheKey(diagramSource, 'light'));
    expect(inner).toMatch(new RegExp(`^<svg id="${light}"`));
    expect(inner).toContain('style="fill: light-dark(#e8ebfe, #17264f);"');
    expect(inner).not.toContain('diagram-variant');
    expect(inner).toMatch(/<figcaption>Podの通信 &lt;A &amp; B&gt;<\/figcaption>$/);
  });

  it('ships the light and the dark SVG side by side when the renders differ beyond colours', async () => {
    cacheBoth(diagramSource, (theme) => `${theme} title`);
    const [inner] = figureInner((await compile(page(fence()))).code);
    expect(inner).toContain('<div class="diagram-variant" data-diagram-theme="light"><svg');
    expect(inner).toContain('<div class="diagram-variant" data-diagram-theme="dark"><svg');
    expect(inner).not.toContain('light-dark(');
  });

  it('fails on a missing SVG during a build, with page, line and the command to run', async () => {
    const error = await compile(page(fence()), { renderMissing: false }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^content\/docs\/fixture\.mdx:7: this Mermaid diagram has no up-to-date SVG \(light, dark\)/);
    expect((error as Error).message).toContain('run `npm run diagrams`');
  });

  it('fails on a missing SVG when rendering is allowed but there is no browser (CHROMIUM_PATH=/nonexistent)', async () => {
    const key = currentCacheKey(diagramSource, 'light');
    writeCachedSvg(cacheDir, key, fakeSvg(key, 'light'));
    const error = await compile(page(fence()), { renderMissing: true, chromiumPath: '/nonexistent' }).catch((e: Error) => e);
    const message = (error as Error).message;
    expect(message).toMatch(/^content\/docs\/fixture\.mdx:7: this Mermaid diagram has no up-to-date SVG \(dark\)/);
    expect(message).toContain('run `npm run diagrams`');
    expect(message).toContain('no Chromium at /nonexistent');
    expect(existsSync(cacheFile(cacheDir, currentCacheKey(diagramSource, 'dark')))).toBe(false);
  });

  it('renders missing SVGs under `astro dev` only: the integration tells the plugin which command runs', async () => {
    const setup = diagramsIntegration().hooks['astro:config:setup'];
    try {
      setup({ command: 'dev' });
      const dev = await compile(page(fence()), { chromiumPath: '/nonexistent' }).catch((e: Error) => e);
      expect((dev as Error).message).toContain('no browser to render it now: no Chromium at /nonexistent');
      setup({ command: 'build' });
      const build = await compile(page(fence()), { chromiumPath: '/nonexistent' }).catch((e: Error) => e);
      expect((build as Error).message).toContain('`astro build` never renders diagrams');
    } finally {
      setup({ command: 'build' });
    }
  });

  it('fails on a fence without accTitle, with page and line', async () => {
    const error = await compile(page(`Text.\n\n${fence('flowchart LR\n  accDescr: D\n  A --> B')}`)).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^content\/docs\/fixture\.mdx:9: .*no `accTitle: …` line/);
  });

  it('gives a second copy of the same diagram on one page its own ids', async () => {
    cacheBoth();
    const { code } = await compile(page(`${fence()}\n\n${fence()}`));
    const ids = figureInner(code).flatMap((html) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(ids.length);
    const light = idPrefix(currentCacheKey(diagramSource, 'light'));
    expect(ids).toContain(`${light}-n2-1`);
    // References follow the renamed ids.
    expect(figureInner(code)[1]).toContain(`aria-labelledby="${light}-n2-1"`);
  });

  it('leaves other code blocks and pages without diagrams alone', async () => {
    const { code } = await compile(page('```yaml\nkind: Service\n```'));
    expect(code).not.toContain('diagram');
  });

  it('also works in plain Markdown pages', async () => {
    cacheBoth();
    const { html } = await markdownToHtml(`Intro.\n\n${fence()}\n`, {
      mdastPlugins: [mermaidDiagrams({ cacheDir, cwd })],
      fileURL: pathToFileURL(join(cwd, 'content/docs/page.md')),
    });
    expect(html).toMatch(/<figure class="diagram" style="--diagram-height: 100px; --diagram-ratio: 0.500"><svg [^>]*viewBox/);
    expect(html).toContain('light-dark(');
  });
});
