import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jsBytes } from '../../scripts/quality/js-weight.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ja from '../../src/i18n/ja.json' with { type: 'json' };
import { MAX_DOCUMENT_BYTES, VALIDATION_TIMEOUT_MS } from '../../src/playground/limits.ts';
import { fill } from '../../src/validation/messages/template.ts';
import { axeViolations } from '../support/axe.ts';
import { openPage, type PageProblems, type ServedSite, serveBuiltSite, watchContext } from '../support/browser.ts';

/**
 * The playground in real Chromium, against `astro preview` of the real build at the GitHub Pages base path,
 * under the site's real Content Security Policy: reached from an example's link, a typo found and fixed in both
 * languages, hostile input (alias bomb, 5 MB, garbage) handled without freezing the page, keyboard and axe checks.
 */

const FILE = 'netdemo/frontend-service.yaml';
const source = readFileSync(`examples/${FILE}`, 'utf8');
const portsLine = source.split('\n').findIndex((line) => /^\s*ports:/.test(line)) + 1;
const portsColumn = source.split('\n')[portsLine - 1]!.indexOf('ports') + 1;
const strings = { ja, en } as const;
/** A class name only CodeMirror's view code contains: how its chunk is recognised among the site's scripts. */
const CODEMIRROR = 'cm-content';

let site: ServedSite;
let context: BrowserContext;
let problems: PageProblems;

/** How many of each kind of problem the tests so far have been checked for (a test checks its share after it ends). */
let checked: Record<keyof PageProblems, number> = { consoleErrors: 0, failedRequests: 0, foreignRequests: 0, cspViolations: 0 };

/** What the watcher recorded since the last call: the share of the test that just ran. */
function newProblems(): PageProblems {
  const share = (key: keyof PageProblems) => problems[key].slice(checked[key]);
  const fresh = {
    consoleErrors: share('consoleErrors'),
    failedRequests: share('failedRequests'),
    foreignRequests: share('foreignRequests'),
    cspViolations: share('cspViolations'),
  };
  checked = {
    consoleErrors: problems.consoleErrors.length,
    failedRequests: problems.failedRequests.length,
    foreignRequests: problems.foreignRequests.length,
    cspViolations: problems.cspViolations.length,
  };
  return fresh;
}

/**
 * No console error, failed request or third-party request, and no CSP violation by the playground's own bundles.
 * Checked after every test, on what that test's pages recorded, so the check holds whichever tests run and in
 * whatever order (it used to be one last test reading everything the earlier ones had recorded: run alone or first, it
 * checked nothing). An event that arrives after its test has ended counts for the next one, or for afterAll.
 */
function expectCleanSession(found: PageProblems): void {
  // Prefetching is off (astro.config.mjs); a navigation to the playground that the test replaces before it has
  // finished loading (a click, then a goto) is aborted by Chromium (net::ERR_ABORTED): not a failure of the page.
  const failedRequests = found.failedRequests.filter((r) => !/\/playground\/\?example=.*net::ERR_ABORTED/.test(r));
  expect({ ...found, failedRequests, cspViolations: [] }).toEqual({
    consoleErrors: [],
    failedRequests: [],
    foreignRequests: [],
    cspViolations: [],
  });
  // Violations by the pages' shared chrome are the site-wide CSP test's business (tests/e2e); here, those raised by
  // the playground's own bundles (the listener names the source file of each violation).
  const ours = found.cspViolations.filter((v) => /CSP violation: .*\(.*\/_astro\/(Playground|main|editor|worker)[^)]*\)/.test(v));
  const others = found.cspViolations.filter((v) => /CSP violation: /.test(v) && !ours.includes(v));
  if (others.length)
    console.log(`[playground] CSP violations not caused by the playground (site-wide):\n${[...new Set(others)].join('\n')}`);
  expect(ours).toEqual([]);
}

beforeAll(async () => {
  site = await serveBuiltSite();
  context = await site.browser.newContext();
  problems = await watchContext(context, site.preview.origin);
});
afterEach(() => expectCleanSession(newProblems()));
afterAll(async () => {
  try {
    // Whatever arrived after the last test's own check.
    if (problems) expectCleanSession(newProblems());
  } finally {
    await context?.close();
    await site?.close();
  }
});

const playgroundPath = (lang: 'ja' | 'en', query = '') => `${site.base}${lang === 'en' ? 'en/' : ''}playground/${query}`;

/** Waits until the playground's root says `value` in `data-<key>` (its states: src/playground/result-view.ts). */
async function waitForData(page: Page, key: 'state' | 'editor', value: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(([k, v]) => document.querySelector<HTMLElement>('.k8s-playground')?.dataset[k!] === v, [key, value], {
    timeout,
  });
}

/** Opens the playground (`query`: its query string) and waits for the first validation answer. */
async function openPlayground(page: Page, lang: 'ja' | 'en', query = ''): Promise<void> {
  await openPage(page, site.preview.url(playgroundPath(lang, query)));
  await waitForData(page, 'state', 'done');
}

/** Number of validation answers shown so far (the page counts them), to wait for the next one. */
async function answers(page: Page): Promise<number> {
  return Number((await page.getAttribute('.k8s-playground', 'data-answers')) ?? 0);
}

async function waitForAnswer(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector<HTMLElement>('.k8s-playground');
      return Number(root?.dataset.answers ?? 0) > n && root?.dataset.state !== 'validating';
    },
    after,
    { timeout: 20_000 },
  );
}

async function state(page: Page): Promise<string | null> {
  return page.getAttribute('.k8s-playground', 'data-state');
}

/**
 * Brings in CodeMirror the way a reader does, by moving the pointer over the editor, and waits until it has taken
 * over from the plain text area (nothing happens if it already has).
 */
async function fullEditor(page: Page): Promise<void> {
  await page.hover('.k8s-playground-editor');
  await waitForData(page, 'editor', 'full', 20_000);
}

/** The plain text area's value (the page shows it until CodeMirror takes over). */
async function plainText(page: Page): Promise<string> {
  return page.locator('.k8s-playground-plain').inputValue();
}

/**
 * A browser context whose requests for the CodeMirror chunk wait until `release()` (or fail, with `fail`): the files
 * are recognised by their content, not by a bundler's file name.
 */
async function heldEditorContext(options: { fail?: boolean } = {}): Promise<{ context: BrowserContext; release: () => void }> {
  const held = await site.browser.newContext();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await held.route(/\/_astro\/[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes(CODEMIRROR)) return route.fulfill({ response, body });
    if (options.fail) return route.abort('failed');
    await released;
    return route.fulfill({ response, body });
  });
  return { context: held, release };
}

/** Selects a word in the editor by double-clicking it, as a reader would, and types over it. */
async function replaceWord(page: Page, word: string, replacement: string): Promise<void> {
  await fullEditor(page);
  await page
    .locator('.k8s-playground .cm-line span', { hasText: new RegExp(`^${word}$`) })
    .first()
    .dblclick();
  await page.keyboard.type(replacement);
}

/**
 * Replaces the whole document with a paste: select all, then the `paste` event a real paste fires, carrying the text
 * (typing megabytes through the keyboard would test the test, not the page).
 */
async function pasteDocument(page: Page, text: string): Promise<void> {
  await fullEditor(page);
  await page.locator('.k8s-playground .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate((pasted) => {
    const content = document.querySelector('.k8s-playground-editor')!.shadowRoot!.querySelector('.cm-content')!;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    content.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

/** The editor lives in a shadow root (see src/playground/editor.ts): read it there. */
async function editorText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelector('.k8s-playground-editor')!.shadowRoot!.querySelectorAll('.cm-line')]
      .map((line) => line.textContent)
      .join('\n'),
  );
}

async function editorHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    Boolean(document.querySelector('.k8s-playground-editor')?.shadowRoot?.activeElement?.classList.contains('cm-content')),
  );
}

/** Time for the main thread to handle a click on "Reset" and show the example again. */
async function resetLatency(page: Page): Promise<number> {
  const started = Date.now();
  await page.locator('.k8s-playground-reset').click({ timeout: 5_000 });
  await page.waitForFunction(
    () =>
      document.querySelector('.k8s-playground-editor')?.shadowRoot?.querySelector('.cm-line')?.textContent?.startsWith('# The declarative'),
    undefined,
    {
      timeout: 5_000,
    },
  );
  return Date.now() - started;
}

async function openFromExampleLink(lang: 'ja' | 'en'): Promise<Page> {
  const page = await context.newPage();
  await openPage(page, site.preview.url(`${site.base}${lang === 'en' ? 'en/' : ''}services/`));
  const link = page.locator(`figure[data-example="${FILE}"] a.k8s-example-playground`);
  expect(await link.textContent()).toBe(strings[lang]['playground.openInPlayground']);
  await link.click();
  await page.waitForURL(`**${playgroundPath(lang)}?example=${FILE}`);
  await waitForData(page, 'state', 'done');
  return page;
}

describe.each(['ja', 'en'] as const)('the playground in %s', (lang) => {
  const t = strings[lang];

  it('opens from an example link, finds a mistyped field on the right line, and clears it when fixed', async () => {
    const page = await openFromExampleLink(lang);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getAttribute('.k8s-playground', 'data-editor')).toBe('plain');
    expect(await plainText(page)).toBe(source);
    await fullEditor(page);
    expect(await editorText(page)).toBe(source);
    expect(await page.locator('.k8s-playground-problems li').count()).toBe(0);
    expect(await page.textContent('.k8s-playground-status')).toMatch(
      new RegExp(`^${escapeRegExp(t['playground.status.ok']).replace(/\\\{\w+\\\}/g, '.+')}$`),
    );

    let seen = await answers(page);
    await replaceWord(page, 'ports', 'prots');
    await waitForAnswer(page, seen);
    const item = page.locator('.k8s-playground-problems li[data-rule="k8s/unknown-field"]');
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute('data-line')).toBe(String(portsLine));
    expect(await item.getAttribute('data-column')).toBe(String(portsColumn));
    expect(await item.locator('.k8s-problem-goto').textContent()).toBe(
      fill(t['playground.position'], { line: portsLine, column: portsColumn }),
    );
    expect(await item.locator('.k8s-problem-severity-error').textContent()).toBe(t['playground.severity.error']);
    const message = (await item.locator('.k8s-problem-message').textContent()) ?? '';
    expect(message).toContain('prots');
    if (lang === 'ja') expect(message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    else expect(message).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    // The same problem is underlined in the editor, on the line that holds the typo.
    expect(await page.locator('.cm-line:has(.cm-lintRange-error)').textContent()).toContain('prots');

    // The position button takes the keyboard focus to the problem in the editor.
    await item.locator('.k8s-problem-goto').click();
    expect(await editorHasFocus(page)).toBe(true);
    expect(await page.locator('.cm-activeLine').textContent()).toContain('prots');

    seen = await answers(page);
    await replaceWord(page, 'prots', 'ports');
    await waitForAnswer(page, seen);
    expect(await page.locator('.k8s-playground-problems li').count()).toBe(0);
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    expect(await state(page)).toBe('done');
    await page.close();
  });

  it('keeps the page responsive on an alias bomb and says why it stopped', async () => {
    const page = await context.newPage();
    await openPlayground(page, lang, `?example=${FILE}`);
    const seen = await answers(page);
    await pasteDocument(page, aliasBomb());
    await waitForAnswer(page, seen);
    expect(await state(page)).toBe('done');
    const item = page.locator('.k8s-playground-problems li[data-rule="yaml/alias-limit"]');
    expect(await item.count()).toBeGreaterThan(0);
    const message = (await item.first().locator('.k8s-problem-message').textContent()) ?? '';
    expect(message.length).toBeGreaterThan(10);
    if (lang === 'ja') expect(message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);

    // Paste it again and, while it is being validated, use the page: the click must be handled at once.
    await pasteDocument(page, aliasBomb());
    const clickLatency = await resetLatency(page);
    console.log(`[playground ${lang}] Reset click answered in ${clickLatency} ms right after pasting an alias bomb`);
    expect(clickLatency).toBeLessThan(5_000);
    await page.close();
  });
});

describe('hostile input', () => {
  it('refuses a 5 MB document with a message, and stays responsive', async () => {
    const page = await context.newPage();
    await openPlayground(page, 'en');
    const big = 'metadata:\n  name: x\n'.repeat(Math.ceil((5 * 1024 * 1024) / 20));
    await pasteDocument(page, big);
    await waitForData(page, 'state', 'too-large');
    expect(await page.textContent('.k8s-playground-status')).toContain('(5 MB)');
    expect(await page.locator('.k8s-playground-problems li').count()).toBe(0);
    const latency = await resetLatency(page);
    console.log(`[playground] Reset click answered in ${latency} ms with a 5 MB document in the editor`);
    expect(latency).toBeLessThan(5_000);
    await waitForData(page, 'state', 'done');
    await page.close();
  });

  it('stops a validation that runs past the time limit, replaces the worker, and validates the next text', async () => {
    const page = await context.newPage();
    await openPlayground(page, 'en');
    const text = slowDocument();
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    await pasteDocument(page, text);
    await waitForData(page, 'state', 'timeout');
    expect(await page.textContent('.k8s-playground-status')).toBe(
      fill(en['playground.status.timeout'], { seconds: VALIDATION_TIMEOUT_MS / 1000 }),
    );
    const latency = await resetLatency(page);
    expect(latency).toBeLessThan(5_000);
    // The fresh worker answers the example again: no problems.
    await page.waitForFunction(
      () => {
        const root = document.querySelector<HTMLElement>('.k8s-playground');
        return root?.dataset.state === 'done' && root.querySelectorAll('.k8s-playground-problems li').length === 0;
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.close();
  });

  it('lists problems for pasted garbage instead of failing', async () => {
    const page = await context.newPage();
    await openPlayground(page, 'ja');
    const seen = await answers(page);
    await pasteDocument(page, garbage(20_000));
    await waitForAnswer(page, seen);
    expect(await state(page)).toBe('done');
    expect(await page.locator('.k8s-playground-problems li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('explains an example parameter it will not open', async () => {
    const page = await context.newPage();
    await openPage(page, site.preview.url(playgroundPath('en', '?example=../../package.json')));
    await waitForData(page, 'state', 'load-failed');
    expect(await page.textContent('.k8s-playground-status')).toBe(
      fill(en['playground.status.invalidExample'], { file: '../../package.json' }),
    );
    await page.close();
  });
});

describe('the example select', () => {
  const picked = (page: Page) =>
    page.locator('select[name="example"]').evaluate((select: HTMLSelectElement) => ({
      value: select.value,
      shown: select.selectedOptions[0]?.textContent ?? null,
    }));

  it('names the file the editor holds, also one that has no entry of its own (a kind cluster config)', async () => {
    const file = 'kind/cluster.yaml';
    const page = await context.newPage();
    await openPage(page, site.preview.url(playgroundPath('en', `?example=${file}`)));
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('.k8s-playground-plain')?.value.includes('kind: Cluster'));
    expect(await picked(page)).toEqual({ value: file, shown: file });
    await page.close();
  });

  it('shows no file selected for a parameter it will not open, not the default example', async () => {
    const page = await context.newPage();
    await openPage(page, site.preview.url(playgroundPath('ja', '?example=../../package.json')));
    await waitForData(page, 'state', 'load-failed');
    expect(await picked(page)).toEqual({ value: '', shown: null });
    await page.close();
  });
});

describe('before CodeMirror', () => {
  it('is a working editor even when CodeMirror cannot load: a typo is found, its position selected, reset restores', async () => {
    const { context: held } = await heldEditorContext({ fail: true });
    const page = await held.newPage();
    await openPlayground(page, 'en', `?example=${FILE}`);
    const plain = page.locator('.k8s-playground-plain');
    // Reaching for the editor asks for CodeMirror, which fails: the text area stays, editable.
    await plain.click();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('.k8s-playground')?.dataset.editor === 'plain' &&
        Boolean(document.querySelector('.k8s-playground-plain')),
    );
    const offset = source.indexOf('ports:');
    await plain.evaluate((element: HTMLTextAreaElement, at) => element.setSelectionRange(at, at + 'ports'.length), offset);
    const seen = await answers(page);
    await page.keyboard.type('prots');
    await waitForAnswer(page, seen);
    expect(await plainText(page)).toBe(source.replace('ports:', 'prots:'));
    const item = page.locator('.k8s-playground-problems li[data-rule="k8s/unknown-field"]');
    expect(await item.getAttribute('data-line')).toBe(String(portsLine));

    // The position button selects the field in the text area and focuses it.
    await page.locator('.k8s-playground-reset').focus();
    await item.locator('.k8s-problem-goto').click();
    const selection = await plain.evaluate((element: HTMLTextAreaElement) => ({
      focused: document.activeElement === element,
      selected: element.value.slice(element.selectionStart, element.selectionEnd),
      before: element.value.slice(0, element.selectionStart),
    }));
    expect(selection).toEqual({ focused: true, selected: 'prots', before: source.slice(0, offset) });

    const again = await answers(page);
    await page.locator('.k8s-playground-reset').click();
    await waitForAnswer(page, again);
    expect(await plainText(page)).toBe(source);
    expect(await page.locator('.k8s-playground-problems li').count()).toBe(0);
    await held.close();
  });

  it('hands over to CodeMirror with what the reader typed meanwhile, the caret, the focus and the underlines', async () => {
    const { context: held, release } = await heldEditorContext();
    const page = await held.newPage();
    await openPlayground(page, 'ja', `?example=${FILE}`);
    const plain = page.locator('.k8s-playground-plain');
    await plain.click();
    expect(await page.getAttribute('.k8s-playground', 'data-editor')).toBe('loading');
    const offset = source.indexOf('ports:');
    await plain.evaluate((element: HTMLTextAreaElement, at) => element.setSelectionRange(at, at + 'ports'.length), offset);
    const seen = await answers(page);
    await page.keyboard.type('pr');
    await waitForAnswer(page, seen);
    expect(await page.locator('.k8s-playground-problems li[data-rule="k8s/unknown-field"]').count()).toBe(1);

    release();
    await waitForData(page, 'editor', 'full');
    expect(await page.locator('.k8s-playground-plain').count()).toBe(0);
    expect(await editorHasFocus(page)).toBe(true);
    // The problem found in the text area is underlined at once, before any new answer.
    expect(await page.locator('.cm-line:has(.cm-lintRange-error)').textContent()).toContain('pr:');
    // The caret is where it was: the next keys land right after "pr".
    const next = await answers(page);
    await page.keyboard.type('ots');
    await waitForAnswer(page, next);
    expect(await editorText(page)).toBe(source.replace('ports:', 'prots:'));
    await held.close();
  });

  it('shows no empty gutter beside the text area, and wraps its lines exactly when CodeMirror does', async () => {
    const { context: held, release } = await heldEditorContext();
    const page = await held.newPage();
    await openPlayground(page, 'en', `?example=${FILE}`);
    const plain = await page.locator('.k8s-playground-plain').evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundImage, padding: Number.parseFloat(style.paddingLeft), whiteSpace: style.whiteSpace };
    });
    // A text area cannot number its lines: no gutter drawn until CodeMirror brings one with numbers.
    expect(plain.background).toBe('none');
    expect(plain.padding).toBeLessThan(10);
    release();
    await fullEditor(page);
    const full = await page.evaluate(() => {
      const shadow = document.querySelector('.k8s-playground-editor')!.shadowRoot!;
      return {
        whiteSpace: getComputedStyle(shadow.querySelector('.cm-content')!).whiteSpace,
        numbers: shadow.querySelectorAll('.cm-lineNumbers .cm-gutterElement').length,
      };
    });
    expect(full.numbers).toBeGreaterThan(1);
    expect(plain.whiteSpace).toBe(full.whiteSpace);
    await held.close();
  });

  it('does not take a Japanese IME composition away from the text area: it hands over once the text is committed', async () => {
    const { context: held, release } = await heldEditorContext();
    const page = await held.newPage();
    await openPlayground(page, 'ja', `?example=${FILE}`);
    const plain = page.locator('.k8s-playground-plain');
    await plain.click();
    await plain.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(element.value.length, element.value.length));
    // What an input method does: compose (the text is provisional), then commit.
    const cdp = await held.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'めも', selectionStart: 2, selectionEnd: 2 });
    release();
    // CodeMirror has arrived (`waiting`: without a composition, the swap follows at once), but the composition is
    // still open in the text area, which stays.
    await waitForData(page, 'editor', 'waiting');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await page.getAttribute('.k8s-playground', 'data-editor')).toBe('waiting');
    expect(await page.locator('.k8s-playground-plain').count()).toBe(1);
    await cdp.send('Input.insertText', { text: '# メモ' });
    await waitForData(page, 'editor', 'full');
    expect(await editorText(page)).toBe(`${source}# メモ`);
    expect(await editorHasFocus(page)).toBe(true);
    await held.close();
  });

  it('does not take the text area away from a touch keyboard: CodeMirror takes over once the reader leaves it', async () => {
    const touch = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await touch.newPage();
    await openPlayground(page, 'en', `?example=${FILE}`);
    await page.locator('.k8s-playground-plain').tap();
    await waitForData(page, 'editor', 'waiting');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('k8s-playground-plain'))).toBe(true);
    await page.keyboard.type('# ok');
    const typed = await plainText(page);
    expect(typed).toContain('# ok');
    // Tapping elsewhere closes the keyboard; then CodeMirror takes over, with what was typed.
    await page.locator('#k8s-playground-problems-heading').tap();
    await waitForData(page, 'editor', 'full');
    expect(await editorText(page)).toBe(typed);
    expect(await editorHasFocus(page)).toBe(false);
    await touch.close();
  });
});

describe('the same rules as the command line', () => {
  it('checks a Service against the rest of the published example set (a selector that matches no Pod)', async () => {
    const page = await context.newPage();
    await openPlayground(page, 'en', `?example=${FILE}`);
    // The untouched example has no problem at all: its Namespace and Deployment come from the published set.
    expect(await page.locator('.k8s-playground-problems li').count()).toBe(0);
    const seen = await answers(page);
    await pasteDocument(page, source.replace(/(selector:\n\s+app: )frontend/, '$1frontnd'));
    await waitForAnswer(page, seen);
    const item = page.locator('.k8s-playground-problems li[data-rule="k8s/service-selects-nothing"]');
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute('data-severity')).toBe('warning');
    expect(await item.locator('.k8s-problem-message').textContent()).toContain('app=frontnd');
    await page.close();
  });

  it('validates a CNI network configuration list', async () => {
    const file = 'cni/10-flannel.conflist';
    const conflist = readFileSync(`examples/${file}`, 'utf8');
    const page = await context.newPage();
    await openPlayground(page, 'ja', `?example=${file}`);
    expect(await page.locator('.k8s-playground-problems li').count()).toBe(0);
    const seen = await answers(page);
    await pasteDocument(page, conflist.replace('"cniVersion":"0.3.1"', '"cniVersion":"9.9"'));
    await waitForAnswer(page, seen);
    const item = page.locator('.k8s-playground-problems li[data-rule^="cni/"]');
    expect(await item.count()).toBeGreaterThan(0);
    const line = conflist.split('\n').findIndex((l) => l.includes('cniVersion')) + 1;
    expect(await item.first().getAttribute('data-line')).toBe(String(line));
    await page.close();
  });

  it.each(['ja', 'en'] as const)('says a CNI configuration list was checked as one, not "0 resources, Kubernetes …" (%s)', async (lang) => {
    const t = strings[lang];
    const file = 'cni/10-flannel.conflist';
    const conflist = readFileSync(`examples/${file}`, 'utf8');
    const page = await context.newPage();
    await openPlayground(page, lang, `?example=${file}`);
    expect(await page.textContent('.k8s-playground-status')).toBe(t['playground.status.okCni']);
    const seen = await answers(page);
    await pasteDocument(page, conflist.replace('"cniVersion":"0.3.1"', '"cniVersion":"9.9"'));
    await waitForAnswer(page, seen);
    const status = (await page.textContent('.k8s-playground-status')) ?? '';
    expect(status).toMatch(new RegExp(`^${escapeRegExp(t['playground.status.problemsCni']).replace(/\\\{\w+\\\}/g, '\\d+')}$`));
    expect(status).not.toContain('Kubernetes');
    await page.close();
  });

  it('validates a Gateway API HTTPRoute against the bundled CRD snapshot, CEL rules included (loaded lazily in the worker)', async () => {
    const route = readFileSync('tests/validation/fixtures/gateway-api/httproute.yaml', 'utf8').split('\n---\n')[0]!;
    const page = await context.newPage();
    await openPlayground(page, 'en', `?example=${FILE}`);
    const seen = await answers(page);
    // Two mistakes: a typo in a field name, and an Exact match with a ReplacePrefixMatch rewrite (a CEL rule).
    const broken = route
      .replace('          weight: 90', '          wieght: 90')
      .replace('type: PathPrefix\n            value: /legacy', 'type: Exact\n            value: /legacy');
    await pasteDocument(page, broken);
    await waitForAnswer(page, seen);
    const lineOf = (needle: string) => String(broken.split('\n').findIndex((l) => l.includes(needle)) + 1);
    const unknown = page.locator('.k8s-playground-problems li[data-rule="k8s/unknown-field"]');
    expect(await unknown.count()).toBe(1);
    expect(await unknown.getAttribute('data-line')).toBe(lineOf('wieght'));
    const cel = page.locator('.k8s-playground-problems li[data-rule="k8s/cel-rule"]');
    // An unknown field blocks the CEL rules, as in the API server; the playground says they were not checked.
    expect(await cel.count()).toBe(0);
    expect(await page.locator('.k8s-playground-problems li[data-rule="k8s/cel-not-evaluated"]').count()).toBe(1);
    const seenAgain = await answers(page);
    await pasteDocument(page, broken.replace('wieght: 90', 'weight: 90'));
    await waitForAnswer(page, seenAgain);
    expect(await page.locator('.k8s-playground-problems li[data-rule="k8s/unknown-field"]').count()).toBe(0);
    expect(await cel.count()).toBe(1);
    expect(await cel.locator('.k8s-problem-message').textContent()).toContain('exactly one PathPrefix match must be specified');
    await page.close();
  });
});

describe('layout', () => {
  // A typo must be seen where it is typed: on a laptop screen the first problem is on screen with the editor, without
  // scrolling (the editor is taller than what is left of the window, which pushed the list below the fold).
  it.each([
    [1280, 900],
    [390, 844],
  ] as const)('shows the first problem without scrolling after a typo, at %i×%i', async (width, height) => {
    const sized = await site.browser.newContext({ viewport: { width, height } });
    const page = await sized.newPage();
    await openPlayground(page, 'ja', `?example=${FILE}`);
    const seen = await answers(page);
    await replaceWord(page, 'ports', 'prots');
    await waitForAnswer(page, seen);
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return {
        scrollY: window.scrollY,
        editor: box('.k8s-playground-editor').toJSON() as DOMRect,
        problem: box('.k8s-playground-problems li').toJSON() as DOMRect,
        first: box('.k8s-playground-first').toJSON() as DOMRect,
        firstText: document.querySelector('.k8s-playground-first')!.textContent,
        listedText: document.querySelector('.k8s-playground-problems li .k8s-problem-message')!.textContent,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    console.log(`[playground ${width}×${height}] ${JSON.stringify(layout)}`);
    await sized.close();
    // The first problem is summarised beside the status, with the listed message, and (on a wide screen) on screen
    // right after typing, wherever the list is.
    expect(layout.firstText).toContain(layout.listedText);
    expect(layout.firstText).toContain(fill(ja['playground.position'], { line: portsLine, column: portsColumn }));
    if (width >= 1000) {
      expect(layout.first.top).toBeGreaterThanOrEqual(0);
      expect(layout.first.bottom).toBeLessThanOrEqual(height);
    }
    // The phone layout: nothing wider than the screen, and the editor keeps room for a screenful of lines.
    expect(layout.overflow).toBe(0);
    expect(layout.editor.height).toBeGreaterThan(150);
  });
});

describe('the pinned status bar', () => {
  it('never hides the caret: typing on the last line keeps it above the bar', async () => {
    const sized = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await sized.newPage();
    await openPlayground(page, 'en', `?example=${FILE}`);
    await fullEditor(page);
    await page.locator('.k8s-playground .cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# a');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const layout = await page.evaluate(() => {
      const shadow = document.querySelector('.k8s-playground-editor')!.shadowRoot!;
      return {
        line: shadow.querySelector('.cm-activeLine')!.getBoundingClientRect().bottom,
        bar: document.querySelector('.k8s-playground-bar')!.getBoundingClientRect().top,
        position: getComputedStyle(document.querySelector('.k8s-playground-bar')!).position,
      };
    });
    await sized.close();
    expect(layout.position).toBe('sticky');
    expect(layout.line).toBeLessThanOrEqual(layout.bar);
  });
});

describe('controls', () => {
  it('draws the example select and the buttons as Starlight draws its controls, not as native ones', async () => {
    const page = await context.newPage();
    await openPlayground(page, 'ja', `?example=${FILE}`);
    const styles = await page.evaluate(() => {
      const read = (selector: string) => {
        const element = document.querySelector<HTMLElement>(selector)!;
        const style = getComputedStyle(element);
        return {
          appearance: style.appearance,
          background: style.backgroundColor,
          radius: Number.parseFloat(style.borderTopLeftRadius),
          height: element.getBoundingClientRect().height,
          fontSize: style.fontSize,
        };
      };
      // Starlight's accent and small text size, resolved the way the page resolves them.
      const probe = document.createElement('span');
      probe.style.color = 'var(--sl-color-text-accent)';
      probe.style.fontSize = 'var(--sl-text-sm)';
      document.querySelector('.k8s-playground')!.append(probe);
      const accent = getComputedStyle(probe).color;
      const small = getComputedStyle(probe).fontSize;
      probe.remove();
      return {
        accent,
        small,
        select: read('.k8s-playground-picker select'),
        open: read('.k8s-playground-picker button[type="submit"]'),
        reset: read('.k8s-playground-reset'),
      };
    });
    expect(styles.select.appearance).toBe('none');
    expect(styles.select.fontSize).toBe(styles.small);
    // Starlight's buttons are pills: the corner radius is at least half the height. "Open" is the primary one.
    for (const button of [styles.open, styles.reset]) {
      expect(button.appearance).toBe('none');
      expect(button.radius).toBeGreaterThanOrEqual(button.height / 2);
      expect(button.fontSize).toBe(styles.small);
    }
    expect(styles.open.background).toBe(styles.accent);
    expect(styles.reset.background).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('keyboard and accessibility', () => {
  it('labels the editor and lets Tab move in and out of it', async () => {
    const page = await context.newPage();
    await openPlayground(page, 'ja');
    // Before CodeMirror: the text area carries the same name, and the hint as its description.
    const plain = page.locator('.k8s-playground-plain');
    expect(await plain.evaluate((element) => element.getAttribute('aria-labelledby'))).toBe('k8s-playground-label');
    expect(await plain.evaluate((element) => element.getAttribute('aria-describedby'))).toBe('k8s-playground-hint');

    // Tab into the text area: CodeMirror takes over and the keyboard focus goes with it.
    await page.locator('.k8s-playground-reset').focus();
    await page.keyboard.press('Tab');
    await waitForData(page, 'editor', 'full');
    expect(await editorHasFocus(page)).toBe(true);
    const content = page.locator('.k8s-playground .cm-content');
    expect(await content.getAttribute('role')).toBe('textbox');
    expect(await content.getAttribute('aria-label')).toBe(ja['playground.editorLabel']);
    // The hint the text area had as its description (an IDREF cannot reach into the editor's shadow root).
    expect(await content.getAttribute('aria-description')).toBe(ja['playground.keyboardHint']);
    expect(await page.textContent('#k8s-playground-label')).toBe(ja['playground.editorLabel']);

    await page.keyboard.press('Tab');
    expect(await editorHasFocus(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('k8s-playground-editor'))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await editorHasFocus(page)).toBe(true);
    await page.close();
  });

  // Every page is also audited in both themes without a problem listed (tests/e2e); here, with the editor and the
  // problem list filled in: Japanese in the light theme, English in the dark one.
  it.each([
    ['ja', 'light'],
    ['en', 'dark'],
  ] as const)('has zero WCAG 2.1 AA violations with a problem listed (%s, %s theme)', async (lang, theme) => {
    const themed = await site.browser.newContext({ colorScheme: theme });
    await themed.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    const page = await themed.newPage();
    await openPlayground(page, lang);
    const seen = await answers(page);
    await replaceWord(page, 'ports', 'prots');
    await waitForAnswer(page, seen);
    expect(await page.locator('.k8s-playground-problems li').count()).toBeGreaterThan(0);
    const violations = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} — ${v.targets.join(', ')}`);
    await themed.close();
    expect(violations, `${lang} ${theme}`).toEqual([]);
  });
});

describe('speed', () => {
  it('answers a typical edit quickly (figures printed; only a generous bound asserted)', async () => {
    const page = await context.newPage();
    await openPlayground(page, 'en', `?example=${FILE}`);
    await fullEditor(page);
    await page.locator('.k8s-playground .cm-content').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n# ');
    const roundTrips: number[] = [];
    const engine: number[] = [];
    for (let i = 0; i < 15; i++) {
      const seen = await answers(page);
      await page.keyboard.type('x');
      await waitForAnswer(page, seen);
      roundTrips.push(Number(await page.getAttribute('.k8s-playground', 'data-round-trip-ms')));
      engine.push(Number(await page.getAttribute('.k8s-playground', 'data-engine-ms')));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(
      `[playground] validation of ${FILE} after an edit: median ${median(roundTrips).toFixed(1)} ms round trip ` +
        `(engine ${median(engine).toFixed(1)} ms), max ${Math.max(...roundTrips).toFixed(1)} ms, over ${roundTrips.length} edits`,
    );
    expect(median(roundTrips)).toBeLessThan(1_000);
    await page.close();
  });
});

describe('download size', () => {
  it('reports what the playground downloads before its first answer (gzip, as served compressed)', async () => {
    const fresh = await site.browser.newContext();
    const page = await fresh.newPage();
    const urls: string[] = [];
    page.on('response', (response) => urls.push(response.url()));
    await openPage(page, site.preview.url(playgroundPath('en', `?example=${FILE}`)));
    await waitForData(page, 'state', 'done');
    const editor = await page.getAttribute('.k8s-playground', 'data-editor');
    await fresh.close();
    const files = [...new Set(urls)]
      .map((url) => new URL(url).pathname)
      .filter((path) => path.startsWith(site.base) && /\.(js|json)$/.test(path))
      .map((path) => path.slice(site.base.length));
    const groups = { worker: [] as string[], schemas: [] as string[], data: [] as string[], page: [] as string[] };
    for (const file of files) {
      if (file.endsWith('.json')) groups.data.push(file);
      else if (/\/worker-[^/]+\.js$/.test(file)) groups.worker.push(file);
      else if (/\/Io[A-Z][A-Za-z0-9]+-[^/]+\.js$/.test(file)) groups.schemas.push(file);
      else groups.page.push(file);
    }
    const sizes = Object.fromEntries(Object.entries(groups).map(([group, list]) => [group, jsBytes(site.dist, list)]));
    const total = Object.values(sizes).reduce((sum, size) => sum + size.gzip, 0);
    console.log(
      `[playground] initial download until the first answer: ${(total / 1024).toFixed(1)} KB gzip — ` +
        Object.entries(sizes)
          .map(([group, size]) => `${group} ${(size.gzip / 1024).toFixed(1)} KB (${size.files.length} files)`)
          .join(', '),
    );
    expect(groups.worker.length).toBe(1);
    expect(groups.data).toContain('playground/example-set.json');
    // CodeMirror is not among them: nobody has reached for the editor yet.
    expect(editor).toBe('plain');
    expect(groups.page.filter((file) => readFileSync(`${site.dist}/${file}`, 'utf8').includes(CODEMIRROR))).toEqual([]);
    // Generous bound: the engine and a few schemas, nowhere near every schema (≈ 2 MB).
    expect(total).toBeLessThan(500 * 1024);
  });
});

describe('the session check', () => {
  it('sees a console error, a failed request, a third-party request and a CSP violation (so a clean test means something)', async () => {
    newProblems(); // what earlier tests left is theirs; this test checks only what it causes
    const page = await context.newPage();
    await openPlayground(page, 'en');
    await page.evaluate(() => console.error('the session check must see this'));
    // An inline script the site's CSP does not allow (script-src lists hashes, not 'unsafe-inline').
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), { textContent: 'void 0' })));
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(checked.cspViolations);
    await page.goto(site.preview.url(`${site.base}no-such-page/`));
    // Answered here, so no request leaves the machine; the watcher sees it before the route does.
    await page.route('https://third-party.invalid/**', (route) => route.fulfill({ status: 200, body: 'ok' }));
    await page.goto('https://third-party.invalid/');
    await page.close();
    const found = newProblems();
    expect(
      found.consoleErrors.some((e) => e.includes('the session check must see this')),
      JSON.stringify(found),
    ).toBe(true);
    expect(
      found.failedRequests.some((r) => r.includes('no-such-page/ (HTTP 404)')),
      JSON.stringify(found),
    ).toBe(true);
    expect(found.foreignRequests, JSON.stringify(found)).toContain('https://third-party.invalid/');
    expect(
      found.cspViolations.some((v) => /CSP violation: script-src/.test(v)),
      JSON.stringify(found),
    ).toBe(true);
    expect(() => expectCleanSession(found)).toThrow();
  });
});

/** A "billion laughs" document: 9 levels of 9 aliases each, about a billion strings once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const ref = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(ref).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A document that takes far longer than the time limit to validate: a CRD whose CEL rule compares every item of a
 * list with every other (quadratic; the API server would refuse it for its cost, which this validator does not
 * estimate), and a custom resource with 8,000 items: 64 million comparisons, about 12 s in Node. (A map with duplicate
 * keys served here until duplicate keys were found in linear time.) If the engine ever validates this within the
 * limit, this test needs a slower document, not a longer limit.
 */
function slowDocument(): string {
  const items = Array.from({ length: 8_000 }, (_, i) => `    - ${i}`).join('\n');
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: lists.example.com
spec:
  group: example.com
  names: { kind: NumberList, plural: lists, singular: list, listKind: NumberListList }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              x-kubernetes-validations:
                - rule: "self.items.all(x, self.items.all(y, x + y >= 0 && x - y < 100000))"
              properties:
                items:
                  type: array
                  items: { type: integer }
---
apiVersion: example.com/v1
kind: NumberList
metadata:
  name: many
spec:
  items:
${items}
`;
}

/** Deterministic printable noise with YAML's special characters, like a wrong file pasted in. */
function garbage(length: number): string {
  const alphabet = 'abc:{}[]&*!|>%@`\'"#-?,\t 0123\n\u00e9\u540d\ufffd';
  let seed = 42;
  let out = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += alphabet[seed % alphabet.length];
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
