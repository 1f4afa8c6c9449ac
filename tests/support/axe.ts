import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The rule tags of WCAG 2.1 level A and AA, as axe-core names them. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's own source, to evaluate into a page. The pages run under a strict CSP, so `page.addScriptTag` (an inline
 * <script>) would be blocked; `page.evaluate` of the source goes through the DevTools protocol, which the page's CSP
 * does not govern, while the page itself still runs under its real policy (what axe sees is what readers see).
 */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe in a page (axe is evaluated into it first if it is not there yet) over WCAG 2.1 A/AA. `rules` narrows the
 * run to some rule ids; `within` to the elements matching a selector (none there: no findings).
 */
export async function axeViolations(page: Page, options: { rules?: string[]; within?: string } = {}): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, rules, within }) => {
      type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<Result> } }).axe;
      if (within && !document.querySelector(within)) return [];
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const result = await axe.run(within ? { include: [[within]] } : document, { runOnly, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: WCAG_21_AA, rules: options.rules, within: options.within },
  );
}
