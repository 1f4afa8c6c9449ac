import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { SEARCH_RANKING } from '../../src/site/search-ranking.ts';
import { openPage, useServedSite, watchContext } from '../support/browser.ts';
import { expectNoPageProblems } from '../support/page-problems.ts';

/**
 * Pagefind's UI starts when the reader reaches for search (src/integrations/search-patch.ts), not at load. (Searching by
 * clicking the button: tests/e2e/site.test.ts.)
 */
const e2e = useServedSite();

/** A class name only Pagefind's UI code contains: how its chunk is recognised among the site's scripts. */
const PAGEFIND_UI = 'pagefind-ui__search-input';

/** Same-origin script and Pagefind files the page has fetched so far that belong to the search UI. */
function searchDownloads(urls: string[]): string[] {
  return urls.filter((url) => {
    const path = new URL(url).pathname.slice(e2e.site.base.length);
    if (path.startsWith('pagefind/')) return true;
    return path.startsWith('_astro/') && path.endsWith('.js') && readFileSync(join(e2e.site.dist, path), 'utf8').includes(PAGEFIND_UI);
  });
}

async function openWatched(path: string): Promise<{ page: Page; urls: string[]; done: () => Promise<void> }> {
  const context = await e2e.site.browser.newContext();
  const problems = await watchContext(context, e2e.site.preview.origin);
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await openPage(page, e2e.site.preview.url(`${e2e.site.base}${path}`), true);
  return {
    page,
    urls,
    done: async () => {
      await context.close();
      expectNoPageProblems(problems);
    },
  };
}

test('nothing of the search UI is downloaded at load; the pointer over the button starts it', async () => {
  const { page, urls, done } = await openWatched('en/');
  // Past the first idle moment, when Starlight's own script would have started it.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500))));
  expect(searchDownloads(urls)).toEqual([]);
  expect(await page.locator(`.${PAGEFIND_UI}`).count()).toBe(0);
  await page.hover('button[data-open-modal]');
  await page.locator(`.${PAGEFIND_UI}`).waitFor({ state: 'attached', timeout: 10_000 });
  expect(searchDownloads(urls).length).toBeGreaterThan(0);
  await done();
});

test('Ctrl+K alone opens search, gives the field the focus once the UI is there, and finds a word', async () => {
  const { page, done } = await openWatched('');
  await page.keyboard.press('Control+k');
  await page.locator('dialog[open]').waitFor();
  await page.waitForFunction((name) => document.activeElement?.classList.contains(name) ?? false, PAGEFIND_UI, { timeout: 10_000 });
  await page.keyboard.type('ネットワーク');
  await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ state: 'visible', timeout: 20_000 });
  await done();
});

/** Types into the open search dialog and waits for Pagefind's message for that term. */
async function searchFor(page: Page, term: string): Promise<string> {
  const input = page.locator(`dialog[open] .${PAGEFIND_UI}`);
  await input.fill(term);
  const message = page.locator('dialog[open] .pagefind-ui__message');
  // Past Pagefind's interim "Searching for …" message: the one that counts the results (or says there are none).
  await page.waitForFunction(
    (t) => {
      const text = document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '';
      return text.includes(t) && !/(\.\.\.|…)$/.test(text);
    },
    term,
    { timeout: 20_000 },
  );
  return (await message.textContent()) ?? '';
}

test('on a Japanese page the search dialog speaks Japanese, and its excerpts leave out the output disclaimer', async () => {
  const { page, done } = await openWatched('');
  await page.locator('button[data-open-modal]').first().click();
  await page.locator(`dialog[open] .${PAGEFIND_UI}`).waitFor({ timeout: 10_000 });
  expect(await searchFor(page, 'ClusterIP')).toMatch(/^ClusterIPの検索結果（\d+件）$/);
  expect(await searchFor(page, 'xyzzy')).toBe('xyzzyに一致するページはありません');
  await searchFor(page, 'ポートフォワード');
  await page.locator('dialog[open] .pagefind-ui__result-excerpt').first().waitFor({ timeout: 20_000 });
  const excerpts = await page.locator('dialog[open] .pagefind-ui__result-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(1);
  expect(excerpts.filter((e) => e.includes('一例です'))).toEqual([]);
  await done();
});

test('on an English page the search dialog stays in English', async () => {
  const { page, done } = await openWatched('en/');
  await page.locator('button[data-open-modal]').first().click();
  await page.locator(`dialog[open] .${PAGEFIND_UI}`).waitFor({ timeout: 10_000 });
  expect(await searchFor(page, 'ClusterIP')).toMatch(/^\d+ results? for ClusterIP$/);
  await done();
});

test('shown command output is not searched: a word only an output listing has brings no excerpt of the listing', async () => {
  // Column headers of `kubectl get pods -o wide` output (src/integrations/code-search.ts keeps output out of the
  // index; the commands stay in it, tests/site/search-index.test.ts). Pagefind falls back to near words when nothing matches, so the check is on
  // what the results show, not on their number.
  const { page, done } = await openWatched('en/');
  const excerpts: string[] = await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${e2e.site.base}pagefind/pagefind.js`)});
    await pagefind.init();
    const out = [];
    for (const term of ['NOMINATED', 'READINESS GATES']) {
      const { results } = await pagefind.search(term);
      for (const result of results) out.push((await result.data()).excerpt);
    }
    return out;
  })()`);
  expect(excerpts.filter((e) => /NOMINATED/i.test(e))).toEqual([]);
  await done();
});

/**
 * Search recall: a reader's word, Japanese compound katakana included, finds the page about it as the first result.
 * Pagefind segments Japanese text into words at index time; a long katakana compound (エンドポイントスライス) is the
 * kind of word a segmenter splits wrongly. Searched through Pagefind's own API, from a page of each language (the
 * index for the page's language), with the ranking the site's search dialog passes to Pagefind (without it, the test
 * ranked by Pagefind's defaults, which the dialog does not use).
 */
const RECALL: { start: string; term: string; page: string }[] = [
  { start: '', term: 'ロードバランサー', page: 'glossary/' },
  { start: '', term: 'ポートフォワード', page: 'expose-and-port-forward/' },
  { start: '', term: 'エンドポイントスライス', page: 'glossary/' },
  // The data-plane page has the section on EndpointSlices (what they hold, how to list them); services/ only names them.
  { start: '', term: 'EndpointSlice', page: 'data-plane/' },
  { start: '', term: 'NodePort', page: 'services/' },
  { start: '', term: 'ネットワーク名前空間', page: 'pod-networking/' },
  { start: '', term: 'CNI', page: 'cni/' },
  { start: '', term: 'Flannel', page: 'cni/' },
  { start: '', term: 'ヘアピンモード', page: 'cni/' },
  { start: '', term: 'pauseコンテナ', page: 'pod-networking/' },
  { start: '', term: 'プレイグラウンド', page: 'playground/' },
  { start: '', term: 'kubectl expose', page: 'expose-and-port-forward/' },
  { start: '', term: 'ハンズオン', page: 'walkthrough/' },
  { start: '', term: 'CoreDNS', page: 'dns/' },
  { start: '', term: 'ndots', page: 'dns/' },
  { start: '', term: 'nftables', page: 'kube-proxy-modes/' },
  { start: '', term: 'externalTrafficPolicy', page: 'traffic-policies/' },
  { start: '', term: 'HTTPRoute', page: 'ingress-and-gateway-api/' },
  { start: 'en/', term: 'ndots', page: 'en/dns/' },
  { start: 'en/', term: 'IPVS', page: 'en/kube-proxy-modes/' },
  { start: 'en/', term: 'default deny', page: 'en/network-policy/' },
  { start: 'en/', term: 'Gateway API', page: 'en/ingress-and-gateway-api/' },
  { start: 'en/', term: 'load balancer', page: 'en/clusterip-to-loadbalancer/' },
  { start: 'en/', term: 'port-forward', page: 'en/expose-and-port-forward/' },
  { start: 'en/', term: 'EndpointSlice', page: 'en/data-plane/' },
  { start: 'en/', term: 'NodePort', page: 'en/services/' },
  { start: 'en/', term: 'pause container', page: 'en/pod-networking/' },
  // A page about NetworkPolicy says "network" and "Namespace" (the API object) more often; the Pod page is about
  // network namespaces (and `network` also matches NetworkPolicy, which the ranking's termSimilarity discounts).
  { start: 'en/', term: 'network namespace', page: 'en/pod-networking/' },
  { start: 'en/', term: 'CoreDNS', page: 'en/dns/' },
  { start: 'en/', term: 'Flannel', page: 'en/cni/' },
  { start: 'en/', term: 'hairpin', page: 'en/cni/' },
  { start: 'en/', term: 'playground', page: 'en/playground/' },
  { start: 'en/', term: 'kubectl expose', page: 'en/expose-and-port-forward/' },
  { start: 'en/', term: 'walkthrough', page: 'en/walkthrough/' },
];

test('each term finds its page as the first result, in Japanese and in English', async () => {
  const misses: string[] = [];
  for (const start of ['', 'en/']) {
    const { page, done } = await openWatched(start);
    const terms = RECALL.filter((r) => r.start === start).map((r) => r.term);
    // An expression string: a function would have its dynamic import() rewritten by Vite for Node.
    const firsts: Record<string, string | undefined> = await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${e2e.site.base}pagefind/pagefind.js`)});
      await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
      await pagefind.init();
      const out = {};
      for (const term of ${JSON.stringify(terms)}) {
        const { results } = await pagefind.search(term);
        out[term] = results[0] ? (await results[0].data()).url : undefined;
      }
      return out;
    })()`);
    for (const { term, page: expected } of RECALL.filter((r) => r.start === start)) {
      if (firsts[term] !== `${e2e.site.base}${expected}`) misses.push(`“${term}”: first result ${firsts[term]}, expected ${expected}`);
    }
    await done();
  }
  expect(misses).toEqual([]);
});
