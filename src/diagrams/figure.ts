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

/** Inside <figure class="diagram">: one wrapper per theme (CSS shows the one matching Starlight's theme), then the caption. */
export function figureContent(diagram: Diagram, svgs: ThemedSvg[]): string {
  const variants = svgs.map(({ theme, svg }) => `<div class="diagram-variant" data-diagram-theme="${theme}">${svg.trim()}</div>`);
  return `${variants.join('')}<figcaption>${escapeHtml(diagram.title)}</figcaption>`;
}

export function figureHtml(diagram: Diagram, svgs: ThemedSvg[]): string {
  return `<figure class="diagram">${figureContent(diagram, svgs)}</figure>`;
}
