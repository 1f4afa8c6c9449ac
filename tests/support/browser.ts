import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type SitePage, sitePages } from '../../scripts/quality/dist-pages.ts';
import { type Preview, startPreview } from '../../scripts/quality/preview.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/diagrams/chromium.ts';
import { builtSite, PAGES_BASE } from './site.ts';

export { PAGES_BASE };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface ServedSite {
  dist: string;
  base: string;
  preview: Preview;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The shared (once per run) build at the GitHub Pages base, served by `astro preview`, plus one Chromium: one
 * browser launch per test file.
 */
export async function serveBuiltSite(base = PAGES_BASE): Promise<ServedSite> {
  const dist = await builtSite(base);
  const [preview, browser] = await Promise.all([startPreview(dist, base), launchChromium()]);
  return {
    dist,
    base,
    preview,
    browser,
    async close() {
      await browser.close();
      await preview.stop();
    },
  };
}

/**
 * For a browser test file: serves the built site with its list of pages before the file's tests and closes it
 * after. The browser tier runs one file at a time (vitest.config.ts), so files never share the CPU with another
 * Chromium.
 * The fields are filled once the hook has run: read them inside tests.
 */
export function useServedSite(): { site: ServedSite; pages: SitePage[] } {
  const served = {} as { site: ServedSite; pages: SitePage[] };
  beforeAll(async () => {
    served.site = await serveBuiltSite();
    served.pages = sitePages(served.site.dist, served.site.base);
  });
  afterAll(async () => served.site?.close());
  return served;
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/**
 * Records everything that must not happen on a page: console errors, requests that fail or answer >= 400,
 * requests to any origin but the preview's, and CSP violations. Violations are caught twice: by a
 * `securitypolicyviolation` listener installed before any page script runs, and by Chromium's console message.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] };
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = `${message.page()?.url() ?? ''}: ${message.text()}`;
    if (/Content Security Policy|CSP violation/i.test(text)) problems.cspViolations.push(text);
    else problems.consoleErrors.push(text);
  });
  context.on('weberror', (error) => problems.consoleErrors.push(`${error.page()?.url() ?? ''}: ${error.error().message}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url);
  });
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // ERR_ABORTED is Chromium cancelling a request because the page moved on (e.g. the favicon fetch when the
    // next page is opened at once); a missing file still shows up as an HTTP error response below.
    if (!error.includes('ERR_ABORTED')) problems.failedRequests.push(`${request.url()} (${error})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return problems;
}

/**
 * Opens a page and waits for its load event; with `settle`, also for the network to go idle (lazy modules,
 * fonts), so late failures are seen too.
 */
export async function openPage(page: Page, url: string, settle = false): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url} answered HTTP ${response?.status()}`);
  if (settle) await page.waitForLoadState('networkidle');
}

/**
 * Runs `task` over `items` with a few pages open at once: most of a page visit is waiting for the server and
 * the renderer, so a small pool keeps a 2-core machine busy without oversubscribing it.
 */
export async function forEachInPool<T>(items: T[], size: number, task: (item: T, slot: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async (_, slot) => {
      while (next < items.length) await task(items[next++]!, slot);
    }),
  );
}

/** How far the page scrolls sideways: content width minus viewport width (0 when nothing overflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth,
  );
}
