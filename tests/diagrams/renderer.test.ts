import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentCacheKey, idPrefix } from '../../src/diagrams/cache-key.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/diagrams/chromium.ts';
import { DiagramError } from '../../src/diagrams/errors.ts';
import { diagramFromFence } from '../../src/diagrams/fence.ts';
import { createRenderer, type Renderer } from '../../src/diagrams/renderer.ts';
import { mermaidBundlePath } from '../../src/diagrams/settings.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Real Mermaid in real Chromium: one browser for the whole file. */
let browser: Browser;
let renderer: Renderer;
let rawPage: Page;

const flowchart = [
  'flowchart LR',
  '  accTitle: 同じノード上のPod間通信',
  '  accDescr: Pod AとPod Bはvethペアでcni0ブリッジにつながります。',
  '  podA["Pod A<br/>10.244.1.2"] -- "vethペア" --> bridge["cni0ブリッジ（Linuxブリッジ）"]',
  '  bridge -- "vethペア" --> podB["Pod B<br/>10.244.1.3"]',
  '  podB --> runtime["コンテナランタイム"]',
].join('\n');
const sequence = [
  'sequenceDiagram',
  '  accTitle: Pod作成時のCNI呼び出し',
  '  accDescr: kubeletがランタイムを呼び、ランタイムがCNIプラグインを呼びます。',
  '  participant K as kubelet',
  '  participant R as コンテナランタイム',
  '  K->>R: RunPodSandbox',
  '  R-->>K: サンドボックスID',
].join('\n');

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  renderer = await createRenderer(browser);
  rawPage = await browser.newPage();
});
afterAll(async () => {
  await renderer?.close();
  await browser?.close();
});

const render = (source: string, theme: 'light' | 'dark' = 'light') => renderer.renderSource(source, theme, currentCacheKey(source, theme));

function elements(html: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) out.push(node);
    for (const child of 'childNodes' in node ? node.childNodes : []) visit(child);
  };
  visit(parseFragment(html) as Node);
  return out;
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (element: Element): string => element.childNodes.map((n) => ('value' in n ? n.value : 'tagName' in n ? text(n) : '')).join('');
const ids = (html: string) => elements(html).flatMap((e) => (attr(e, 'id') ? [attr(e, 'id')!] : []));
const duplicates = (list: string[]) => [...new Set(list.filter((id, i) => list.indexOf(id) !== i))];

describe('renderer', () => {
  it('renders an accessible SVG: role="img", <title>/<desc> from accTitle/accDescr, no <style>, no HTML labels', async () => {
    const svg = await render(flowchart);
    const all = elements(svg);
    const root = all[0]!;
    expect(root.tagName).toBe('svg');
    expect(attr(root, 'role')).toBe('img');
    expect(attr(root, 'id')).toBe(idPrefix(currentCacheKey(flowchart, 'light')));
    const title = all.find((e) => e.tagName === 'title' && attr(e, 'id') === attr(root, 'aria-labelledby'));
    const desc = all.find((e) => e.tagName === 'desc' && attr(e, 'id') === attr(root, 'aria-describedby'));
    expect(title && text(title)).toBe('同じノード上のPod間通信');
    expect(desc && text(desc)).toBe('Pod AとPod Bはvethペアでcni0ブリッジにつながります。');
    // The site's CSP blocks unhashed <style> elements: Mermaid's styles must be inline.
    expect(all.some((e) => e.tagName === 'style')).toBe(false);
    expect(all.some((e) => e.tagName === 'foreignObject')).toBe(false);
    expect(svg).toContain('Noto Sans CJK JP');
  });

  it('prefixes every id, keeps them unique, and keeps every reference pointing at an existing id', async () => {
    for (const source of [flowchart, sequence]) {
      const svg = await render(source, 'dark');
      const prefix = idPrefix(currentCacheKey(source, 'dark'));
      const list = ids(svg);
      expect(list.length).toBeGreaterThan(3);
      expect(list.filter((id) => id !== prefix && !id.startsWith(`${prefix}-`))).toEqual([]);
      expect(duplicates(list)).toEqual([]);
      const references = [...svg.matchAll(/url\(["']?#([^"')]+)["']?\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
      expect(references.length).toBeGreaterThan(0);
      expect(references.filter((id) => !list.includes(id))).toEqual([]);
    }
  });

  it("proves Mermaid's own ids collide between separately rendered diagrams on one page, and ours do not", async () => {
    // What any build-time cache gets from Mermaid: each SVG rendered on its own, with deterministic ids (random
    // ids would change the bytes on every render). Every render starts again at `mermaid-0`.
    await rawPage.setContent('<!doctype html><body></body>');
    await rawPage.addScriptTag({ path: mermaidBundlePath() });
    const raw = await rawPage.evaluate(
      async (sources) => {
        type Mermaid = { initialize(c: object): void; run(o: { nodes: HTMLElement[] }): Promise<void> };
        const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid;
        mermaid.initialize({ startOnLoad: false, deterministicIds: true });
        const out: string[] = [];
        for (const source of sources) {
          const pre = document.createElement('pre');
          pre.className = 'mermaid';
          pre.textContent = source;
          document.body.append(pre);
          await mermaid.run({ nodes: [pre] });
          out.push(pre.innerHTML);
        }
        return out;
      },
      [flowchart, flowchart.replace('Pod A', 'Pod X')],
    );
    expect(duplicates(ids(raw.join('')))).toContain('mermaid-0');

    const ours = [await render(flowchart), await render(flowchart, 'dark'), await render(flowchart.replace('Pod A', 'Pod X'))];
    expect(duplicates(ids(ours.join('')))).toEqual([]);
  });

  it('is deterministic: the same input gives byte-identical SVG, whatever was rendered before', async () => {
    const first = await render(sequence);
    await render(flowchart, 'dark');
    await render(sequence, 'dark');
    const again = await render(sequence);
    expect(again).toBe(first);
  });

  it('fits Japanese labels inside their boxes (CJK font at render time)', async () => {
    const svg = await render(flowchart);
    await rawPage.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const overflows = await rawPage.evaluate(() =>
      [...document.querySelectorAll('g.node')].flatMap((node) => {
        const box = node.querySelector('rect, polygon, path')!.getBoundingClientRect();
        const label = node.querySelector('text')!.getBoundingClientRect();
        const inside =
          label.x >= box.x &&
          label.y >= box.y &&
          label.x + label.width <= box.x + box.width &&
          label.y + label.height <= box.y + box.height;
        return inside ? [] : [`${node.textContent}: label ${label.width}x${label.height} in box ${box.width}x${box.height}`];
      }),
    );
    expect(overflows).toEqual([]);
    const runtime = await rawPage.evaluate(() => {
      const svg = document.querySelector('svg')!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const text = [...document.querySelectorAll('g.node')].find((n) => n.textContent === 'コンテナランタイム')!.querySelector('text')!;
      return { width: text.getBoundingClientRect().width, em: parseFloat(getComputedStyle(text).fontSize) * scale };
    });
    // Nine full-width characters are nine ems wide in a CJK font (a Latin fallback would measure them narrower).
    expect(runtime.width).toBeGreaterThan(9 * runtime.em * 0.95);
    expect(runtime.width).toBeLessThan(9 * runtime.em * 1.05);
  });

  it("fails on a syntax error with the page, the line and Mermaid's own message", async () => {
    const diagram = diagramFromFence(
      { lang: 'mermaid', value: 'flowchart LR\n  accTitle: T\n  accDescr: D\n  A -->', position: { start: { line: 42 } } },
      'content/docs/broken.mdx',
    );
    const error = await renderer
      .renderEntry({ diagram, theme: 'light', key: currentCacheKey(diagram.source, 'light') })
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(DiagramError);
    expect((error as Error).message).toMatch(
      /^content\/docs\/broken\.mdx:42: Mermaid cannot render this diagram:\nParse error on line \d+:/,
    );
    expect((error as Error).message).toMatch(/Expecting .*got 'EOF'/);
  });
});
