import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachInPool, openPage, serveBuiltSite, type ServedSite } from '../support/browser.ts';
import { pageUrlPath, readHtmlPages } from '../support/dist.ts';

/**
 * The built site in real Chromium, at a 390 px phone and a 1280 px desktop, in Starlight's light and dark
 * themes (chosen the way a reader does: the theme picker's stored choice). For every page with diagrams: the
 * SVG for the active theme is the one shown, it fits the content column, and the page does not scroll sideways.
 * Screenshots of every figure are kept in a temp folder (printed at the end) for people to look at.
 */
const SHOTS = join(tmpdir(), 'k8s-notes-diagram-screenshots');
const themes = ['light', 'dark'] as const;
const widths = [390, 1280] as const;

interface FigureReport {
  shown: string[];
  column: { left: number; right: number };
  boxes: Array<{ left: number; right: number; width: number; height: number }>;
  scrollWidth: number;
  innerWidth: number;
  dataTheme: string | undefined;
}

describe('diagrams in Chromium (light/dark × 390/1280 px)', () => {
  let site: ServedSite;
  let diagramPages: string[];

  beforeAll(async () => {
    site = await serveBuiltSite();
    diagramPages = readHtmlPages(site.dist)
      .filter((page) => page.html.includes('<figure class="diagram">'))
      .map((page) => page.file);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await site?.close();
    console.log(`diagram screenshots: ${SHOTS}`);
  });

  it('shows the SVG of the active theme, inside the content column, with no sideways scrolling', async () => {
    expect(diagramPages.length).toBeGreaterThan(0);
    const cases = diagramPages.flatMap((file) => themes.flatMap((theme) => widths.map((width) => ({ file, theme, width }))));
    const problems: string[] = [];
    await forEachInPool(cases, 2, async ({ file, theme, width }) => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      const page = await context.newPage();
      try {
        await openPage(page, site.preview.url(pageUrlPath(file, site.base)));
        const report: FigureReport = await page.evaluate(() => {
          const column = document.querySelector('.sl-markdown-content')!.getBoundingClientRect();
          const figures = [...document.querySelectorAll('figure.diagram')];
          const shown = figures.map((figure) =>
            [...figure.querySelectorAll('.diagram-variant')]
              .filter((v) => getComputedStyle(v).display !== 'none')
              .map((v) => v.getAttribute('data-diagram-theme')!)
              .join(','),
          );
          const boxes = figures.flatMap((figure) =>
            [...figure.querySelectorAll('.diagram-variant')]
              .filter((v) => getComputedStyle(v).display !== 'none')
              .map((v) => v.querySelector('svg')!.getBoundingClientRect())
              .map(({ left, right, width, height }) => ({ left, right, width, height })),
          );
          return {
            shown,
            column: { left: column.left, right: column.right },
            boxes,
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
            dataTheme: document.documentElement.dataset.theme,
          };
        });
        const where = `${file} ${theme} ${width}px`;
        if (report.dataTheme !== theme) problems.push(`${where}: Starlight theme is ${report.dataTheme}`);
        report.shown.forEach((shown, i) => {
          if (shown !== theme) problems.push(`${where}: figure ${i + 1} shows [${shown}]`);
        });
        report.boxes.forEach((box, i) => {
          if (box.width < 100 || box.height < 20) problems.push(`${where}: figure ${i + 1} is ${box.width}×${box.height}`);
          if (box.left < report.column.left - 0.5 || box.right > report.column.right + 0.5) {
            problems.push(`${where}: figure ${i + 1} spans ${box.left}–${box.right}, column ${report.column.left}–${report.column.right}`);
          }
        });
        if (report.scrollWidth > report.innerWidth) problems.push(`${where}: page is ${report.scrollWidth}px wide`);
        const name = file.replace(/\/?index\.html$/, '').replace(/\//g, '_') || 'index';
        const figures = page.locator('figure.diagram');
        for (let i = 0; i < report.boxes.length; i += 1) {
          await figures.nth(i).screenshot({ path: join(SHOTS, `${name}-${i + 1}-${theme}-${width}.png`) });
        }
      } finally {
        await context.close();
      }
    });
    expect(problems).toEqual([]);
  }, 900_000);
});
