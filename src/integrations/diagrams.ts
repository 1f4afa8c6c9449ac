import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { DEFAULT_CACHE_DIR, readCachedSvg, writeCachedSvg } from '../diagrams/cache.ts';
import { currentCacheKey } from '../diagrams/cache-key.ts';
import { chromiumPath } from '../diagrams/chromium.ts';
import { DiagramError } from '../diagrams/errors.ts';
import { type Diagram, diagramFromFence, isMermaidFence } from '../diagrams/fence.ts';
import { figureContent, figureHtml, figureStyle, type ThemedSvg, withOccurrence } from '../diagrams/figure.ts';
import { browserAvailable, launchRenderer, type Renderer } from '../diagrams/renderer.ts';
import { THEMES } from '../diagrams/settings.ts';

export interface MermaidDiagramsOptions {
  /** Where the committed SVGs live (default src/diagrams/cache). */
  cacheDir?: string;
  /** Page paths in messages are relative to this folder (default: the current directory, the project root). */
  cwd?: string;
  /** Chromium for on-the-fly rendering in `astro dev` (default CHROMIUM_PATH or /usr/bin/chromium). */
  chromiumPath?: string;
  /**
   * Render diagrams missing from the cache on the fly (and write them to the cache) when a browser is available.
   * Default: only under `astro dev` (see diagramsIntegration). `astro build` never launches a browser: a build
   * must show the committed cache, so a missing SVG fails it (and CI's stale-cache check stays meaningful).
   */
  renderMissing?: boolean;
}

/** Set by diagramsIntegration() from Astro's command: true for `astro dev`. */
let renderMissingInThisCommand = false;
export function setRenderMissing(value: boolean): void {
  renderMissingInThisCommand = value;
}

/** One browser for the whole dev server, closed after a minute without diagrams to render. */
let sharedRenderer: Promise<Renderer> | undefined;
let idleTimer: NodeJS.Timeout | undefined;
async function devRenderer(executablePath: string): Promise<Renderer> {
  sharedRenderer ??= launchRenderer(executablePath);
  clearTimeout(idleTimer);
  const renderer = await sharedRenderer;
  idleTimer = setTimeout(() => {
    sharedRenderer = undefined;
    void renderer.close();
  }, 60_000);
  idleTimer.unref();
  return renderer;
}

/** Closes the dev server's browser now (tests; the idle timer does it otherwise). */
export async function closeDevRenderer(): Promise<void> {
  clearTimeout(idleTimer);
  const renderer = sharedRenderer;
  sharedRenderer = undefined;
  if (renderer) await (await renderer).close();
}

function missingMessage(missing: string[], cacheDir: string, cwd: string, why: string): string {
  return (
    `this Mermaid diagram has no up-to-date SVG (${missing.join(', ')}) in ${relative(cwd, cacheDir) || '.'}: ` +
    `the diagram is new or changed, or Mermaid or the renderer settings changed. ` +
    `To fix it, run \`npm run diagrams\` and commit the new SVG files (${why}).`
  );
}

/**
 * Sätteri mdast plugin: every ```mermaid fence becomes <figure class="diagram"> with the diagram's SVG inline (one
 * for both themes, merged from the light and the dark render in the committed cache) and a <figcaption> from
 * accTitle. No diagram JavaScript reaches the page.
 */
export function mermaidDiagrams(options: MermaidDiagramsOptions = {}) {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const cwd = options.cwd ?? process.cwd();
  const executablePath = options.chromiumPath ?? chromiumPath();

  // A factory: Sätteri calls it once per document, so the occurrence counts below are per page.
  return ({ source, fileURL }: { source: string; fileURL: URL | undefined }) => {
    if (!source.includes('mermaid')) return null;
    const file = fileURL ? relative(cwd, fileURLToPath(fileURL)) : '(unknown page)';
    const occurrences = new Map<string, number>();

    async function svgsFor(diagram: Diagram): Promise<ThemedSvg[]> {
      const svgs = THEMES.map((theme) => {
        const key = currentCacheKey(diagram.source, theme);
        return { theme, key, svg: readCachedSvg(cacheDir, key) };
      });
      const missing = svgs.filter((entry) => entry.svg === undefined);
      if (missing.length > 0) {
        const renderMissing = options.renderMissing ?? renderMissingInThisCommand;
        const names = missing.map((entry) => entry.theme);
        if (!renderMissing) {
          throw new DiagramError(diagram.file, diagram.line, missingMessage(names, cacheDir, cwd, '`astro build` never renders diagrams'));
        }
        if (!browserAvailable(executablePath)) {
          throw new DiagramError(
            diagram.file,
            diagram.line,
            missingMessage(names, cacheDir, cwd, `no browser to render it now: no Chromium at ${executablePath}; set CHROMIUM_PATH`),
          );
        }
        const renderer = await devRenderer(executablePath);
        for (const entry of missing) {
          entry.svg = await renderer.renderEntry({ diagram, theme: entry.theme, key: entry.key });
          writeCachedSvg(cacheDir, entry.key, entry.svg);
        }
      }
      return svgs.map(({ theme, key, svg }) => {
        const occurrence = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, occurrence);
        return { theme, key, svg: withOccurrence(svg!, key, occurrence) };
      });
    }

    return defineMdastPlugin({
      name: 'k8s-notes-mermaid-diagrams',
      options: { position: true },
      async code(node, ctx) {
        if (!isMermaidFence(node)) return;
        const diagram = diagramFromFence(node, file);
        const svgs = await svgsFor(diagram);
        if (ctx.sourceFormat === 'mdx') {
          const style = figureStyle(svgs);
          // set:html hands Astro the SVG markup as is; parsed as JSX, its <style> text would be escaped.
          ctx.replaceNode(node, {
            type: 'mdxJsxFlowElement',
            name: 'figure',
            attributes: [
              { type: 'mdxJsxAttribute', name: 'class', value: 'diagram' },
              ...(style ? [{ type: 'mdxJsxAttribute', name: 'style', value: style }] : []),
              { type: 'mdxJsxAttribute', name: 'set:html', value: figureContent(diagram, svgs) },
            ],
            children: [],
          } as never);
        } else {
          ctx.replaceNode(node, { type: 'html', value: figureHtml(diagram, svgs) });
        }
      },
    });
  };
}

/** Tells the plugin which Astro command runs: `astro dev` renders missing diagrams, `astro build` fails on them. */
export function diagramsIntegration() {
  return {
    name: 'k8s-notes-diagrams',
    hooks: {
      'astro:config:setup': ({ command }: { command: string }) => setRenderMissing(command === 'dev'),
    },
  };
}
