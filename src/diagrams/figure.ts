import { idPrefix } from './cache-key.ts';
import type { Diagram } from './fence.ts';
import type { ThemeName } from './settings.ts';

export interface ThemedSvg {
  theme: ThemeName;
  key: string;
  svg: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The same diagram twice on one page would repeat its ids, so the n-th copy (n ≥ 2) gets its own prefix. The
 * prefix (`dg-` + 12 hex digits of the cache key) occurs in the SVG only as an id or an id reference.
 */
export function withOccurrence(svg: string, key: string, occurrence: number): string {
  if (occurrence <= 1) return svg;
  const prefix = idPrefix(key);
  return svg.split(prefix).join(`${prefix}-n${occurrence}`);
}

/** A colour as the in-page script writes it (a computed `rgb()`/`rgba()`) or as Mermaid writes it (`#hex`). */
const COLOUR = /(rgba?\([^)]*\)|#[0-9a-fA-F]{3,8}\b)/;

function shortColour(colour: string): string {
  const rgb = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(colour);
  return rgb
    ? `#${rgb
        .slice(1)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('')}`
    : colour;
}

/**
 * Tracks, across the text between colours, whether the next colour sits inside a `style="…"` attribute.
 * Attribute values never hold a raw `"`, `<` or `>` (the serializer escapes them), and text never holds a raw `<`.
 */
function styleAttributeTracker() {
  let inTag = false;
  let pendingName = '';
  let attribute: string | undefined;
  return {
    advance(text: string): void {
      for (const match of text.matchAll(/[<>"]|([\w:-]+)=(?=")/g)) {
        const token = match[0];
        if (attribute !== undefined) {
          if (token === '"') attribute = undefined;
        } else if (!inTag) {
          if (token === '<') inTag = true;
        } else if (token === '>') inTag = false;
        else if (token === '"') attribute = pendingName;
        else if (match[1]) pendingName = match[1];
      }
    },
    get inStyle(): boolean {
      return attribute === 'style';
    },
  };
}

/**
 * One SVG for both themes. The light and the dark render of a diagram are the same markup except for colours
 * (Mermaid lays out before it paints), so every colour that differs becomes `light-dark(<light>, <dark>)`, which
 * follows the `color-scheme` Starlight sets from its theme picker. A page then carries each diagram once, which
 * halves the diagram markup the browser parses, styles and lays out. Returns undefined when the two renders
 * differ in anything but colours inside `style` attributes (`light-dark()` works only in CSS, not in
 * presentation attributes); the caller then ships both SVGs.
 */
export function mergeThemes(light: ThemedSvg, dark: ThemedSvg): string | undefined {
  const darkSvg = dark.svg.split(idPrefix(dark.key)).join(idPrefix(light.key));
  const lightParts = light.svg.split(COLOUR);
  const darkParts = darkSvg.split(COLOUR);
  if (lightParts.length !== darkParts.length) return undefined;
  const tracker = styleAttributeTracker();
  const out: string[] = [];
  for (let i = 0; i < lightParts.length; i += 1) {
    const lightPart = lightParts[i]!;
    const darkPart = darkParts[i]!;
    if (i % 2 === 0) {
      if (lightPart !== darkPart) return undefined;
      tracker.advance(lightPart);
      out.push(lightPart);
    } else if (lightPart === darkPart) {
      out.push(lightPart);
    } else {
      if (!tracker.inStyle) return undefined;
      out.push(`light-dark(${shortColour(lightPart)}, ${shortColour(darkPart)})`);
    }
  }
  return out.join('');
}

/**
 * Inside <figure class="diagram">: one SVG for both themes when the renders merge (see mergeThemes), otherwise
 * one wrapper per theme (CSS shows the one matching Starlight's theme); then the caption.
 */
export function figureContent(diagram: Diagram, svgs: ThemedSvg[]): string {
  const light = svgs.find((s) => s.theme === 'light');
  const dark = svgs.find((s) => s.theme === 'dark');
  const merged = light && dark ? mergeThemes(light, dark) : undefined;
  const body =
    merged?.trim() ??
    svgs.map(({ theme, svg }) => `<div class="diagram-variant" data-diagram-theme="${theme}">${svg.trim()}</div>`).join('');
  return `${body}<figcaption>${escapeHtml(diagram.title)}</figcaption>`;
}

/**
 * The figure's natural size as custom properties (from the SVG's viewBox), for its placeholder while it is off
 * screen and not rendered (content-visibility in src/styles/diagrams.css). Empty when the SVG has no viewBox.
 */
export function figureStyle(svgs: ThemedSvg[]): string {
  const viewBox = /\sviewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svgs[0]?.svg ?? '');
  const width = Number(viewBox?.[1]);
  const height = Number(viewBox?.[2]);
  if (!(width > 0 && height > 0)) return '';
  return `--diagram-height: ${Math.round(height)}px; --diagram-ratio: ${(height / width).toFixed(3)}`;
}

export function figureHtml(diagram: Diagram, svgs: ThemedSvg[]): string {
  const style = figureStyle(svgs);
  return `<figure class="diagram"${style ? ` style="${style}"` : ''}>${figureContent(diagram, svgs)}</figure>`;
}
