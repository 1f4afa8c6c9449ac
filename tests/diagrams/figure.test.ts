import { describe, expect, it } from 'vitest';
import { idPrefix } from '../../src/diagrams/cache-key.ts';
import { figureStyle, mergeThemes, type ThemedSvg } from '../../src/diagrams/figure.ts';

/** Two renders of one diagram, as the cache holds them: each with its own id prefix (from its own cache key). */
const LIGHT_KEY = 'a'.repeat(24);
const DARK_KEY = 'b'.repeat(24);
function pair(light: (p: string) => string, dark: (p: string) => string = light): [ThemedSvg, ThemedSvg] {
  return [
    { theme: 'light', key: LIGHT_KEY, svg: light(idPrefix(LIGHT_KEY)) },
    { theme: 'dark', key: DARK_KEY, svg: dark(idPrefix(DARK_KEY)) },
  ];
}

describe('mergeThemes', () => {
  it('turns colours that differ inside style attributes into light-dark() pairs and keeps the light ids', () => {
    const svg = (fill: string, stroke: string) => (p: string) =>
      `<svg id="${p}"><marker id="${p}-1" style="fill: ${fill};"/><path style="stroke: ${stroke}; fill: none;" marker-end="url(#${p}-1)"/></svg>`;
    const merged = mergeThemes(...pair(svg('rgb(85, 89, 98)', '#3d50f5'), svg('rgb(193, 195, 200)', '#3d50f5')));
    const p = idPrefix(LIGHT_KEY);
    expect(merged).toBe(
      `<svg id="${p}"><marker id="${p}-1" style="fill: light-dark(#555962, #c1c3c8);"/><path style="stroke: #3d50f5; fill: none;" marker-end="url(#${p}-1)"/></svg>`,
    );
    expect(merged).not.toContain(idPrefix(DARK_KEY));
  });

  it('keeps rgba() colours as they are inside the pair', () => {
    const svg = (c: string) => () => `<svg><rect style="fill: ${c};"/></svg>`;
    expect(mergeThemes(...pair(svg('rgba(0, 0, 0, 0.5)'), svg('rgba(255, 255, 255, 0.5)')))).toBe(
      '<svg><rect style="fill: light-dark(rgba(0, 0, 0, 0.5), rgba(255, 255, 255, 0.5));"/></svg>',
    );
  });

  it('gives up when a differing colour is a presentation attribute, where light-dark() does not work', () => {
    const svg = (c: string) => () => `<svg><rect fill="${c}"/></svg>`;
    expect(mergeThemes(...pair(svg('#ffffff'), svg('#000000')))).toBeUndefined();
  });

  it('gives up when a differing colour is text, not markup', () => {
    const svg = (c: string) => () => `<svg><text>colour ${c}</text></svg>`;
    expect(mergeThemes(...pair(svg('#ffffff'), svg('#000000')))).toBeUndefined();
  });

  it('gives up when the renders differ in anything but colours', () => {
    const svg = (text: string) => () => `<svg><text style="fill: #ffffff;">${text}</text></svg>`;
    expect(mergeThemes(...pair(svg('Pod A'), svg('Pod B')))).toBeUndefined();
    expect(
      mergeThemes(
        ...pair(
          () => '<svg><g/></svg>',
          () => '<svg><g style="fill: #000000;"/></svg>',
        ),
      ),
    ).toBeUndefined();
  });

  it('is not misled by quotes and colour-like words in label text before a style attribute', () => {
    const svg = (c: string) => () => `<svg><text>say "x" to #add</text><rect style="fill: ${c};"/></svg>`;
    expect(mergeThemes(...pair(svg('#ffffff'), svg('#000000')))).toBe(
      '<svg><text>say "x" to #add</text><rect style="fill: light-dark(#ffffff, #000000);"/></svg>',
    );
  });
});

describe('figureStyle', () => {
  it("gives the figure the SVG's natural height and its aspect ratio from the viewBox", () => {
    const [light] = pair(() => '<svg viewBox="4 4 729.08 626.4"></svg>');
    expect(figureStyle([light])).toBe('--diagram-height: 626px; --diagram-ratio: 0.859');
  });

  it('gives nothing when the SVG has no usable viewBox', () => {
    expect(figureStyle(pair(() => '<svg></svg>'))).toBe('');
    expect(figureStyle(pair(() => '<svg viewBox="0 0 0 10"></svg>'))).toBe('');
  });
});
