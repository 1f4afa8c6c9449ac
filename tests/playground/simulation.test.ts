import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ja from '../../src/i18n/ja.json' with { type: 'json' };
import { axeViolations } from '../support/axe.ts';
import { openPage, type PageProblems, type ServedSite, serveBuiltSite, watchContext } from '../support/browser.ts';

/**
 * The playground's simulation in real Chromium (built site, real CSP): the worker answers the validation with the
 * EndpointSlice and kube-proxy's rules of the edited Service, and the trace form traces a connection, in ja and en,
 * by keyboard; axe finds no WCAG 2.1 AA violation in the new section.
 */

let site: ServedSite;
let context: BrowserContext;
let problems: PageProblems;

beforeAll(async () => {
  site = await serveBuiltSite();
  context = await site.browser.newContext();
  problems = await watchContext(context, site.preview.origin);
}, 1_200_000);
afterAll(async () => {
  await context?.close();
  await site?.close();
});

async function open(page: Page, lang: 'ja' | 'en'): Promise<void> {
  const path = `${site.base}${lang === 'en' ? 'en/' : ''}playground/?example=netdemo/frontend-service.yaml`;
  await openPage(page, site.preview.url(path));
  await page.waitForSelector('.k8s-sim-output[data-view="iptables"]', { timeout: 30_000 });
}

describe('playground simulation', () => {
  it.each(['ja', 'en'] as const)('%s: shows the slice and both rule sets of the edited Service', async (lang) => {
    const page = await context.newPage();
    await open(page, lang);
    const strings = lang === 'ja' ? ja : en;
    expect(await page.textContent('#k8s-playground-sim-heading')).toBe(strings['playground.sim.heading']);
    expect(await page.textContent('.k8s-sim-output[data-view="slices"]')).toContain('kubernetes.io/service-name: frontend');
    expect(await page.textContent('.k8s-sim-output[data-view="iptables"]')).toContain('KUBE-SVC-622UNYW4O4WYEHK2');
    expect(await page.textContent('.k8s-sim-output[data-view="nftables"]')).toContain('-netdemo/frontend/tcp/');
    await page.close();
  });

  it('traces a connection from the form, by keyboard, and passes axe', async () => {
    const page = await context.newPage();
    await open(page, 'en');
    await page.fill('.k8s-playground-trace input[name="to"]', 'frontend:9999');
    await page.selectOption('.k8s-playground-trace select[name="mode"]', 'nftables');
    await page.focus('.k8s-playground-trace button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.k8s-sim-output[data-view="trace"]', { timeout: 20_000 });
    const trace = await page.textContent('.k8s-sim-output[data-view="trace"]');
    expect(trace).toContain('cluster-ips-check rejects it');
    expect(trace?.trimEnd().split('\n').at(-1)).toBe('  result: rejected');
    // Wide blocks can be scrolled by keyboard: each is focusable and named by its heading.
    expect(await page.getAttribute('.k8s-sim-output[data-view="trace"]', 'tabindex')).toBe('0');
    expect(await page.getAttribute('.k8s-sim-output[data-view="trace"]', 'aria-labelledby')).toBe('k8s-sim-trace');
    const violations = (await axeViolations(page, { within: '.k8s-playground-sim' })).map((v) => v.id);
    expect(violations).toEqual([]);
    expect([...problems.consoleErrors, ...problems.cspViolations, ...problems.foreignRequests, ...problems.failedRequests]).toEqual([]);
    await page.close();
  });
});
