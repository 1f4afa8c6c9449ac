import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { CacheEntry } from './cache.ts';
import { idPrefix } from './cache-key.ts';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';
import { DiagramError } from './errors.ts';
import { IN_PAGE_SCRIPT, mermaidBundlePath, mermaidConfig, type ThemeName } from './settings.ts';

/** No browser to render with: the caller turns this into "run `npm run diagrams`" with the page and line. */
export class BrowserUnavailableError extends Error {
  readonly executablePath: string;

  constructor(executablePath: string) {
    super(`no Chromium at ${executablePath} (set CHROMIUM_PATH to a Chromium or Chrome binary)`);
    this.name = 'BrowserUnavailableError';
    this.executablePath = executablePath;
  }
}

export function browserAvailable(executablePath = chromiumPath()): boolean {
  return existsSync(executablePath);
}

export interface Renderer {
  /** Renders `source` in `theme`; ids inside are prefixed from `key`. Throws Mermaid's message on bad syntax. */
  renderSource(source: string, theme: ThemeName, key: string): Promise<string>;
  /** Renders a cache entry; errors carry the page and the line of the fence. */
  renderEntry(entry: CacheEntry): Promise<string>;
  close(): Promise<void>;
}

/** Mermaid's parse error, without our page/line (added by renderEntry). */
export class MermaidSyntaxError extends Error {
  readonly mermaidMessage: string;

  constructor(mermaidMessage: string) {
    super(mermaidMessage);
    this.name = 'MermaidSyntaxError';
    this.mermaidMessage = mermaidMessage;
  }
}

/**
 * One Chromium for many diagrams, with at most two pages (enough for 2 CI cores), each loading Mermaid once:
 * loading the 5 MB bundle takes seconds, rendering a diagram well under one. Before each diagram Mermaid's
 * configuration is reset, and every diagram type clears its own state, so a diagram's SVG depends only on the
 * inputs of its cache key, not on what was rendered before it (tests/diagrams/renderer.test.ts checks this).
 */
export async function launchRenderer(executablePath = chromiumPath()): Promise<Renderer> {
  if (!browserAvailable(executablePath)) throw new BrowserUnavailableError(executablePath);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const renderer = await createRenderer(browser);
  return {
    ...renderer,
    async close() {
      await renderer.close();
      await browser.close();
    },
  };
}

/** A renderer in its own context of an already running browser; close() closes the context only. */
export async function createRenderer(browser: Browser): Promise<Renderer> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1200 }, deviceScaleFactor: 1 });
  // Rendering needs nothing from the network; refuse anything that tries.
  await context.route(/^(?!data:|about:)/, (route) => route.abort());
  const bundle = mermaidBundlePath();
  const idle: Page[] = [];
  const waiting: Array<(page: Page) => void> = [];
  let opened = 0;

  async function openPage(): Promise<Page> {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: bundle });
    await page.addScriptTag({ path: fileURLToPath(IN_PAGE_SCRIPT) });
    return page;
  }
  async function acquire(): Promise<Page> {
    const page = idle.pop();
    if (page) return page;
    if (opened < 2) {
      opened += 1;
      return openPage();
    }
    return new Promise((resolve) => waiting.push(resolve));
  }
  function release(page: Page) {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }

  async function renderSource(source: string, theme: ThemeName, key: string): Promise<string> {
    const page = await acquire();
    try {
      const result = await page.evaluate(
        ([prefix, text, config]) =>
          (window as unknown as { renderDiagram: (...a: unknown[]) => Promise<{ svg?: string; error?: string }> }).renderDiagram(
            prefix,
            text,
            config,
          ),
        [idPrefix(key), source, mermaidConfig(theme)] as const,
      );
      if (result.error !== undefined || result.svg === undefined) {
        throw new MermaidSyntaxError(result.error ?? 'Mermaid returned nothing');
      }
      return `${result.svg}\n`;
    } finally {
      release(page);
    }
  }

  return {
    renderSource,
    async renderEntry(entry) {
      try {
        return await renderSource(entry.diagram.source, entry.theme, entry.key);
      } catch (error) {
        if (error instanceof MermaidSyntaxError) {
          throw new DiagramError(entry.diagram.file, entry.diagram.line, `Mermaid cannot render this diagram:\n${error.mermaidMessage}`);
        }
        throw error;
      }
    },
    async close() {
      await context.close();
    },
  };
}

/** Renders entries two at a time (enough to keep 2 CI cores busy) and reports each result in entry order. */
export async function renderEntries(
  renderer: Renderer,
  entries: CacheEntry[],
  onRendered: (entry: CacheEntry, svg: string) => void,
): Promise<DiagramError[]> {
  const results: Array<{ svg?: string; error?: DiagramError }> = new Array(entries.length);
  let next = 0;
  async function worker() {
    for (let i = next++; i < entries.length; i = next++) {
      try {
        results[i] = { svg: await renderer.renderEntry(entries[i]!) };
      } catch (error) {
        if (!(error instanceof DiagramError)) throw error;
        results[i] = { error };
      }
    }
  }
  await Promise.all([worker(), worker()]);
  const errors: DiagramError[] = [];
  entries.forEach((entry, i) => {
    const result = results[i]!;
    if (result.error) errors.push(result.error);
    else onRendered(entry, result.svg!);
  });
  return errors;
}
