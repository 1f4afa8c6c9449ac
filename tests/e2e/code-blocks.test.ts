import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

/** Code blocks and inline code as a reader sees them (src/styles/code.css, src/integrations/inline-code.ts). */
const e2e = useServedSite();

const contentPages = () => e2e.pages.filter((p) => !p.is404);
const walkthroughs = () => e2e.pages.filter((p) => p.twinKey === 'walkthrough/');

/** WCAG relative luminance contrast of two `rgb(…)` colours (alpha ignored: both are opaque here). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, b2] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test.each(['light', 'dark'])('the keyboard focus ring of a code block stands 3:1 against the page and the block (%s)', async (theme) => {
  const context = await e2e.site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  for (const sitePage of walkthroughs()) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const pre = page.locator('.expressive-code pre[tabindex="0"]').first();
    await pre.scrollIntoViewIfNeeded();
    // Focus from the keyboard: Tab from the element just before the block.
    await pre.evaluate((el) => {
      el.tabIndex = 0;
      el.focus({ focusVisible: true } as FocusOptions);
    });
    const style = await pre.evaluate((el) => {
      const s = getComputedStyle(el);
      const canvas = document.createElement('canvas').getContext('2d')!;
      // Colours may be written as color-mix()/light-dark(): let the canvas turn them into rgb().
      const rgb = (css: string) => {
        canvas.fillStyle = '#000';
        canvas.fillStyle = css;
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
        return `rgb(${r}, ${g}, ${b})`;
      };
      return {
        focused: el.matches(':focus-visible'),
        width: Number.parseFloat(s.outlineWidth),
        styleName: s.outlineStyle,
        outline: rgb(s.outlineColor),
        block: rgb(s.backgroundColor),
        page: rgb(getComputedStyle(document.body).backgroundColor),
      };
    });
    expect(style.focused).toBe(true);
    expect(style.styleName).not.toBe('none');
    expect(style.width).toBeGreaterThanOrEqual(2);
    expect(contrast(style.outline, style.page), `${sitePage.urlPath} ring ${style.outline} on page ${style.page}`).toBeGreaterThanOrEqual(
      3,
    );
    expect(
      contrast(style.outline, style.block),
      `${sitePage.urlPath} ring ${style.outline} on block ${style.block}`,
    ).toBeGreaterThanOrEqual(3);
  }
  await context.close();
});

/** Pixels of a 1×1 spot on screen, as [r, g, b]. */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, type: 'png' });
  return page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1, 1).getContext('2d')!;
    canvas.drawImage(image, 0, 0);
    return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, png.toString('base64'));
}

test('a code line cut at the edge shows a shadow there until the block is scrolled to its end (390 px)', async () => {
  const context = await e2e.site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const sitePage of walkthroughs()) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const pre = page.locator('.expressive-code pre').filter({ has: page.locator('code') });
    const count = await pre.count();
    let wide = -1;
    for (let i = 0; i < count && wide < 0; i++) {
      await pre.nth(i).scrollIntoViewIfNeeded();
      if (await pre.nth(i).evaluate((el) => el.scrollWidth > el.clientWidth + 40)) wide = i;
    }
    expect(wide, `${sitePage.urlPath}: no code block scrolls sideways at 390 px`).toBeGreaterThanOrEqual(0);
    const block = pre.nth(wide);
    await block.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // A spot in the bottom padding (no text) near the right edge, and one in the middle of the same padding row.
    const spots = async () => {
      const box = (await block.boundingBox())!;
      const y = Math.round(box.y + box.height - 4);
      return {
        edge: await pixel(page, Math.round(box.x + box.width - 3), y),
        middle: await pixel(page, Math.round(box.x + box.width / 2), y),
      };
    };
    const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
    const before = await spots();
    expect(distance(before.edge, before.middle), `${sitePage.urlPath}: no shadow at the cut edge`).toBeGreaterThan(12);
    await block.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await spots();
    expect(distance(after.edge, after.middle), `${sitePage.urlPath}: shadow left at the end of the line`).toBeLessThanOrEqual(4);
  }
  await context.close();
});

test('at 390 px a terminal frame’s title starts after its window dots', { timeout: 300_000 }, async () => {
  const context = await e2e.site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const overlapping: string[] = [];
  let frames = 0;
  for (const sitePage of contentPages()) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const found = await page.evaluate(() => {
      const out: string[] = [];
      const headers = [...document.querySelectorAll<HTMLElement>('.expressive-code .frame.is-terminal.has-title .header')];
      for (const header of headers) {
        header.closest<HTMLElement>('.expressive-code')!.style.contentVisibility = 'visible';
        const dots = getComputedStyle(header, '::before');
        const dotsRight = header.getBoundingClientRect().left + Number.parseFloat(dots.left) + Number.parseFloat(dots.width);
        const title = header.querySelector<HTMLElement>('.title')!;
        const range = document.createRange();
        range.selectNodeContents(title);
        const left = Math.min(...[...range.getClientRects()].map((r) => r.left));
        if (left < dotsRight + 4) out.push(`${title.textContent} starts at ${left.toFixed(0)}, dots end at ${dotsRight.toFixed(0)}`);
      }
      return { count: headers.length, out };
    });
    frames += found.count;
    overlapping.push(...found.out.map((o) => `${sitePage.urlPath}: ${o}`));
  }
  await context.close();
  expect(frames).toBeGreaterThan(20);
  expect(overlapping).toEqual([]);
});

test('at 390 px short inline code (a command, a flag, a namespace) never breaks across lines', { timeout: 300_000 }, async () => {
  const context = await e2e.site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const broken: string[] = [];
  let seen = 0;
  for (const sitePage of contentPages()) {
    await openPage(page, e2e.site.preview.url(sitePage.urlPath));
    const found = await page.evaluate(() => {
      const codes = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :not(pre) > code')].filter(
        (c) => (c.textContent ?? '').length <= 30 && !c.closest('.expressive-code, figure.diagram'),
      );
      const lines = (c: HTMLElement) => new Set([...c.getClientRects()].map((r) => Math.round(r.top))).size;
      return { count: codes.length, out: codes.filter((c) => lines(c) > 1).map((c) => c.textContent!) };
    });
    seen += found.count;
    broken.push(...found.out.map((o) => `${sitePage.urlPath}: ${o}`));
  }
  await context.close();
  expect(seen).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
