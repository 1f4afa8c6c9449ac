import { availableParallelism, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Lighthouse category ids → the minimum score (0–100) every page must reach. */
export const BUDGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
export type Category = keyof typeof BUDGETS;
export const CATEGORIES = Object.keys(BUDGETS) as Category[];

export interface PageScores {
  url: string;
  scores: Record<Category, number>;
  /** Audits that cost points outside performance (id: title), so a failure says what to fix. */
  failedAudits: string[];
  attempts: number;
}

/** Budget failures of one page, as messages; empty when the page meets every budget. */
export function budgetFailures(page: Pick<PageScores, 'url' | 'scores' | 'failedAudits'>): string[] {
  return CATEGORIES.filter((c) => !(page.scores[c] >= BUDGETS[c])).map(
    (c) => `${page.url}: ${c} ${page.scores[c]} < ${BUDGETS[c]}${c === 'performance' ? '' : ` (${page.failedAudits.join('; ') || 'no failing audit listed'})`}`,
  );
}

export function chromePath(): string {
  return process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Waits (up to `maxMs`) until the machine is not busier than its core count (1-minute load average). Lighthouse
 * simulates a slow phone by scaling the CPU time it observes, so a page audited while a build or another browser
 * runs looks several times slower than it is. Waiting for a quiet machine keeps the budget meaningful without
 * lowering it. Returns the load average it ended with.
 */
export async function waitForQuietCpu(maxMs: number): Promise<number> {
  const deadline = Date.now() + maxMs;
  while (loadavg()[0]! > availableParallelism() && Date.now() < deadline) await sleep(2_000);
  return loadavg()[0]!;
}

/**
 * Audits pages one after another (never in parallel: performance is timed) in one Chromium started by
 * chrome-launcher, with Lighthouse's default mobile preset and simulated throttling. A page whose only miss is
 * the performance score gets one more run, because that score is noisy on a busy machine; the budget itself is
 * never lowered.
 */
export async function auditPages(urls: string[], onPage?: (page: PageScores) => void, quietWaitMs = 120_000): Promise<PageScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    logLevel: 'silent',
  });
  try {
    const results: PageScores[] = [];
    for (const url of urls) {
      await waitForQuietCpu(quietWaitMs);
      let page = await auditOnce(url, chrome.port);
      if (budgetFailures(page).length > 0 && CATEGORIES.every((c) => c === 'performance' || page.scores[c] >= BUDGETS[c])) {
        await waitForQuietCpu(quietWaitMs);
        const second = await auditOnce(url, chrome.port);
        page = { ...(second.scores.performance >= page.scores.performance ? second : page), attempts: 2 };
      }
      results.push(page);
      onPage?.(page);
    }
    return results;
  } finally {
    chrome.kill();
  }
}

async function auditOnce(url: string, port: number): Promise<PageScores> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failedAudits = CATEGORIES.filter((c) => c !== 'performance')
    .flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title}`);
  return { url, scores, failedAudits: [...new Set(failedAudits)], attempts: 1 };
}

/** A Markdown table of the scores (budget misses marked with ✗). */
export function scoreTable(pages: PageScores[], pathOf: (url: string) => string = (u) => new URL(u).pathname): string {
  const header = '| Page | Performance | Accessibility | Best practices | SEO |';
  const rule = '| --- | ---: | ---: | ---: | ---: |';
  const rows = pages.map(
    (p) => `| ${pathOf(p.url)} | ${CATEGORIES.map((c) => `${p.scores[c]}${p.scores[c] >= BUDGETS[c] ? '' : ' ✗'}`).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
