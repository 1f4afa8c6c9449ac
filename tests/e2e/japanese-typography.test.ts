import { expect, test } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

/**
 * Japanese line breaking (src/styles/typography.css): no line of running text starts with ー or a small kana, at a
 * phone's width and at a desktop's. Each character's box is measured in the page, so this is what a reader sees.
 */
const e2e = useServedSite();

/** Characters that Japanese typesetting does not put at the start of a line (JIS X 4051 line-start prohibitions, the kana ones). */
const NO_LINE_START = 'ーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ';

test.each([390, 1280])('no line starts with ー or a small kana on any page at %i px', { timeout: 600_000 }, async (width) => {
  const context = await e2e.site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const starts: string[] = [];
  let characters = 0;
  for (const sitePage of e2e.pages) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const found = await page.evaluate((forbidden) => {
      const out: string[] = [];
      let count = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let previous: { block: Element; top: number; height: number } | undefined;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const parent = node.parentElement;
        if (!parent || parent.closest('pre, svg, script, style, .sr-only, [hidden]') || !parent.checkVisibility()) continue;
        let block: Element = parent;
        while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        const text = node.data;
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          count++;
          const newLine = previous && previous.block === block && rect.top > previous.top + previous.height / 2;
          if (newLine && forbidden.includes(text[i]!)) out.push(`…${text.slice(Math.max(0, i - 6), i)}／${text.slice(i, i + 6)}…`);
          previous = { block, top: rect.top, height: rect.height };
        }
      }
      return { count, out };
    }, NO_LINE_START);
    characters += found.count;
    starts.push(...found.out.map((o) => `${sitePage.urlPath}: ${o}`));
  }
  await context.close();
  expect(characters).toBeGreaterThan(10_000);
  expect(starts).toEqual([]);
});
