import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageUrlPath, readHtmlPages } from '../../scripts/quality/html-pages.ts';
import { forEachInPool, openPage, type ServedSite, serveBuiltSite } from '../support/browser.ts';
import { diagramThemes } from '../support/diagram-colours.ts';

/**
 * The built site in real Chromium, at a 390 px phone and a 1280 px desktop, in Starlight's light and dark
 * themes (chosen the way a reader does, with Starlight's theme picker). For every page with diagrams: each SVG
 * is painted in the active theme's colours, it fits the content column, its text is at least 12 CSS px, and the
 * page does not scroll sideways.
 * Screenshots of every figure are kept in a temp folder (printed at the end) for people to look at.
 */
const SHOTS = join(tmpdir(), 'k8s-notes-diagram-screenshots');
const themes = ['light', 'dark'] as const;
const widths = [390, 1280] as const;
/** The smallest text a diagram may show, in CSS px, at every width tested. */
const MIN_TEXT_PX = 12;
const HIDE_STICKY_BARS = 'header.header, mobile-starlight-toc { visibility: hidden !important; }';

interface FigureReport {
  shown: string[];
  column: { left: number; right: number };
  boxes: Array<{ left: number; right: number; width: number; height: number; aspect: number; smallestText: number; texts: number }>;
  scrollWidth: number;
  innerWidth: number;
  dataTheme: string | undefined;
  stored: string | null;
}

async function measure(page: Page): Promise<FigureReport> {
  const figures = page.locator('figure.diagram');
  // Diagrams off screen are not laid out (content-visibility: auto), and one scrolled to is laid out only at the next
  // rendering update: so each is scrolled to, and measured two frames later, while it is on screen.
  const boxes: FigureReport['boxes'] = [];
  for (let i = 0; i < (await figures.count()); i += 1) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    boxes.push(
      await figures.nth(i).evaluate(
        (figure) =>
          new Promise<FigureReport['boxes'][number]>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const svg = figure.querySelector('svg')!;
                const { left, right, width, height } = svg.getBoundingClientRect();
                // The size a reader sees: each label's font size in SVG units times the SVG's scale on screen.
                const scale = width / svg.viewBox.baseVal.width;
                const sizes = [...svg.querySelectorAll('text')]
                  .filter((text) => (text.textContent ?? '').trim() !== '')
                  .map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
                resolve({
                  left,
                  right,
                  width,
                  height,
                  aspect: svg.viewBox.baseVal.height / svg.viewBox.baseVal.width,
                  smallestText: Math.min(...sizes),
                  texts: sizes.length,
                });
              }),
            ),
          ),
      ),
    );
  }
  const shown = await diagramThemes(page);
  const report = await page.evaluate(() => {
    const column = document.querySelector('.sl-markdown-content')!.getBoundingClientRect();
    return {
      column: { left: column.left, right: column.right },
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      dataTheme: document.documentElement.dataset.theme,
      stored: localStorage.getItem('starlight-theme'),
    };
  });
  return { ...report, boxes, shown };
}

describe('diagrams in Chromium (light/dark × 390/1280 px)', () => {
  let site: ServedSite;
  let diagramPages: string[];

  beforeAll(async () => {
    site = await serveBuiltSite();
    diagramPages = readHtmlPages(site.dist)
      .filter((page) => page.html.includes('<figure class="diagram"'))
      .map((page) => page.file);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await site?.close();
    console.log(`diagram screenshots: ${SHOTS}`);
  });

  it('paints each SVG in the active theme, inside the content column, with no sideways scrolling', async () => {
    expect(diagramPages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    // One page load per page: the width changes by resizing the viewport, the theme through Starlight's own
    // theme picker (its change handler stores the choice and sets data-theme, as for a reader).
    await forEachInPool(diagramPages, 2, async (file) => {
      const context = await site.browser.newContext({ viewport: { width: widths[widths.length - 1], height: 900 } });
      const page = await context.newPage();
      try {
        await openPage(page, site.preview.url(pageUrlPath(file, site.base)));
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          for (const theme of themes) {
            await page.evaluate((value) => {
              const select = document.querySelector<HTMLSelectElement>('starlight-theme-select select')!;
              select.value = value;
              select.dispatchEvent(new Event('change'));
            }, theme);
            const report = await measure(page);
            const where = `${file} ${theme} ${width}px`;
            if (report.dataTheme !== theme) problems.push(`${where}: Starlight theme is ${report.dataTheme}`);
            if (report.stored !== theme) problems.push(`${where}: stored theme is ${report.stored}`);
            report.shown.forEach((shown, i) => {
              if (shown !== theme) problems.push(`${where}: figure ${i + 1} is painted in [${shown}] colours`);
            });
            report.boxes.forEach((box, i) => {
              if (box.width < 100 || box.height < 20) problems.push(`${where}: figure ${i + 1} is ${box.width}×${box.height}`);
              // Readable on a phone and on a desktop: a diagram too wide for the column is re-laid out, not shrunk.
              if (box.texts === 0) problems.push(`${where}: figure ${i + 1} has no text labels`);
              else if (box.smallestText < MIN_TEXT_PX)
                problems.push(`${where}: figure ${i + 1} shows text at ${box.smallestText.toFixed(1)}px (at least ${MIN_TEXT_PX}px)`);
              // Scaled as a whole: a fixed height or display would stretch or crop it.
              if (Math.abs(box.height / box.width - box.aspect) > box.aspect * 0.02) {
                problems.push(`${where}: figure ${i + 1} is ${box.width}×${box.height}, not in its ${box.aspect.toFixed(3)} aspect ratio`);
              }
              if (box.left < report.column.left - 0.5 || box.right > report.column.right + 0.5) {
                problems.push(
                  `${where}: figure ${i + 1} spans ${box.left}–${box.right}, column ${report.column.left}–${report.column.right}`,
                );
              }
            });
            if (report.scrollWidth > report.innerWidth) problems.push(`${where}: page is ${report.scrollWidth}px wide`);
            const name = file.replace(/\/?index\.html$/, '').replace(/\//g, '_') || 'index';
            const figures = page.locator('figure.diagram');
            for (let i = 0; i < report.boxes.length; i += 1) {
              // Starlight's sticky header and mobile TOC bar would paint over tall figures in the picture.
              await figures.nth(i).screenshot({ path: join(SHOTS, `${name}-${i + 1}-${theme}-${width}.png`), style: HIDE_STICKY_BARS });
            }
          }
        }
      } finally {
        await context.close();
      }
    });
    expect(problems).toEqual([]);
  }, 900_000);
});
