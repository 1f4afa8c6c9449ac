import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { attr, childElements, deepText, descendants } from '../../scripts/quality/html-pages.ts';

type Element = DefaultTreeAdapterMap['element'];

/** An axis-aligned box in the SVG's user units (the viewBox's coordinates). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface ClusterTitle {
  /** The subgraph title as drawn (its rows joined by a space). */
  text: string;
  box: Box;
}

export interface EdgeLine {
  id: string;
  /** The edge path flattened to points at most one unit apart. */
  points: Point[];
}

export interface EdgeLabel {
  text: string;
  box: Box;
}

export interface FlowchartGeometry {
  titles: ClusterTitle[];
  edges: EdgeLine[];
  labels: EdgeLabel[];
}

/**
 * Mermaid draws flowchart text as SVG <text> (htmlLabels off) measured in Noto Sans CJK JP at 16px, and the SVG keeps
 * no size for a subgraph title: only its top-left corner (the cluster-label's translate). Its width follows from
 * Mermaid centring it on the subgraph (translate x = centre - width / 2, clusters.js). Its height is the text's
 * rows: the first baseline 1em below the top, one row every 1.1em (the tspans' y/dy), and the font's ascent and
 * descent around each baseline (Noto Sans CJK JP's hhea: 1.16em and 0.288em, which Chromium rounds to whole pixels:
 * 19 and 5 at 16px). Checked against Chromium's getBBox() on the cached SVGs: the same top and height, the width
 * within a quarter of a pixel.
 */
const FONT_SIZE = 16;
const ASCENT = Math.round(1.16 * FONT_SIZE);
const DESCENT = Math.round(0.288 * FONT_SIZE);
const FIRST_BASELINE = 1 * FONT_SIZE;
const ROW_PITCH = 1.1 * FONT_SIZE;

function classes(element: Element): string[] {
  return (attr(element, 'class') ?? '').split(/\s+/).filter(Boolean);
}

function num(element: Element, name: string): number {
  const value = Number(attr(element, name));
  if (!Number.isFinite(value)) throw new Error(`<${element.tagName}> has no numeric ${name} (found ${attr(element, name)})`);
  return value;
}

/** The translate of one element; Mermaid's flowcharts use nothing else (a rotate would mean a layout this cannot read). */
function translateOf(element: Element): Point {
  const transform = attr(element, 'transform');
  if (transform === undefined) return { x: 0, y: 0 };
  const match = /^translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)$/.exec(transform.trim());
  if (!match) throw new Error(`unsupported transform "${transform}" on <${element.tagName} class="${attr(element, 'class')}">`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Walks the tree keeping each element's accumulated translate (nested subgraphs sit in translated groups). */
function withOffsets(root: Element): Map<Element, Point> {
  const offsets = new Map<Element, Point>();
  const walk = (element: Element, parent: Point) => {
    const own = translateOf(element);
    const here = { x: parent.x + own.x, y: parent.y + own.y };
    offsets.set(element, here);
    for (const child of childElements(element)) walk(child, here);
  };
  walk(root, { x: 0, y: 0 });
  return offsets;
}

/** Flattens an absolute M/L/Q/C path (what Mermaid writes for flowchart edges) into points ≤ 1 unit apart. */
export function flattenPath(d: string, offset: Point = { x: 0, y: 0 }): Point[] {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/g) ?? [];
  const points: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  let i = 0;
  const read = (): Point => {
    const x = Number(tokens[i++]);
    const y = Number(tokens[i++]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`malformed path data "${d}"`);
    return { x: x + offset.x, y: y + offset.y };
  };
  const sample = (curve: (t: number) => Point, length: number) => {
    const steps = Math.max(1, Math.ceil(length));
    for (let s = 1; s <= steps; s++) points.push(curve(s / steps));
  };
  const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);
  let command = '';
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i] as string)) command = tokens[i++] as string;
    if (command === 'M') {
      at = read();
      points.push(at);
      command = 'L';
    } else if (command === 'L') {
      const from = at;
      const to = read();
      sample((t) => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }), dist(from, to));
      at = to;
    } else if (command === 'Q') {
      const [from, c, to] = [at, read(), read()];
      const q = (t: number, a: number, b: number, e: number) => (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t ** 2 * e;
      sample((t) => ({ x: q(t, from.x, c.x, to.x), y: q(t, from.y, c.y, to.y) }), dist(from, c) + dist(c, to));
      at = to;
    } else if (command === 'C') {
      const [from, c1, c2, to] = [at, read(), read(), read()];
      const cb = (t: number, a: number, b: number, e: number, f: number) =>
        (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t ** 2 * e + t ** 3 * f;
      sample(
        (t) => ({ x: cb(t, from.x, c1.x, c2.x, to.x), y: cb(t, from.y, c1.y, c2.y, to.y) }),
        dist(from, c1) + dist(c1, c2) + dist(c2, to),
      );
      at = to;
    } else if (command === 'Z' || command === 'z') {
      // A closed edge path is not something Mermaid draws; nothing to add.
    } else {
      throw new Error(`unsupported path command "${command}" in "${d}" (expected absolute M, L, Q or C)`);
    }
  }
  return points;
}

/** Subgraph titles, edge lines and edge labels of one cached flowchart SVG, in the SVG's user units. */
export function flowchartGeometry(svg: string): FlowchartGeometry {
  const fragment = parseFragment(svg);
  const root = fragment.childNodes.find((node): node is Element => 'tagName' in node);
  if (root?.tagName !== 'svg') throw new Error('not an SVG document');
  const offsets = withOffsets(root);
  const offset = (e: Element) => offsets.get(e) ?? { x: 0, y: 0 };

  const titles = descendants(root)
    .filter((e) => classes(e).includes('cluster'))
    .flatMap((cluster): ClusterTitle[] => {
      const rect = childElements(cluster).find((e) => e.tagName === 'rect');
      const label = childElements(cluster).find((e) => classes(e).includes('cluster-label'));
      if (!rect || !label) throw new Error(`a subgraph (id ${attr(cluster, 'id')}) without its rect or its title`);
      const rows = descendants(label).filter((e) => e.tagName === 'tspan' && classes(e).includes('row'));
      if (rows.length === 0) return [];
      const top = offset(label);
      const centre = offset(cluster).x + num(rect, 'x') + num(rect, 'width') / 2;
      const width = 2 * (centre - top.x);
      const lastBaseline = FIRST_BASELINE + ROW_PITCH * (rows.length - 1);
      return [
        {
          text: rows.map(deepText).join(' '),
          box: { x: top.x, y: top.y + FIRST_BASELINE - ASCENT, width, height: lastBaseline - FIRST_BASELINE + ASCENT + DESCENT },
        },
      ];
    });

  const edges = descendants(root)
    .filter((e) => e.tagName === 'path' && classes(e).includes('flowchart-link'))
    .map((path) => ({
      id: attr(path, 'id') ?? '(no id)',
      points: flattenPath(attr(path, 'd') ?? '', offset(path)),
    }));

  const labels = descendants(root)
    .filter((e) => classes(e).includes('edgeLabel'))
    .flatMap((edgeLabel): EdgeLabel[] => {
      const background = descendants(edgeLabel).filter((e) => e.tagName === 'rect' && classes(e).includes('background'))[0];
      const content = descendants(edgeLabel)
        .filter((e) => e.tagName === 'tspan' && classes(e).includes('row'))
        .map(deepText)
        .join(' ')
        .trim();
      if (!background || content === '' || attr(background, 'width') === undefined) return [];
      const at = offset(background);
      const box = {
        x: at.x + num(background, 'x'),
        y: at.y + num(background, 'y'),
        width: num(background, 'width'),
        height: num(background, 'height'),
      };
      return box.width > 0 && box.height > 0 ? [{ text: content, box }] : [];
    });

  return { titles, edges, labels };
}

export function inside(point: Point, box: Box): boolean {
  return point.x > box.x && point.x < box.x + box.width && point.y > box.y && point.y < box.y + box.height;
}

export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every edge line or edge label that runs into a subgraph title, described for a failure message. */
export function titleCollisions(geometry: FlowchartGeometry): string[] {
  const found: string[] = [];
  const round = (n: number) => Math.round(n * 10) / 10;
  const where = (b: Box) => `(${round(b.x)}, ${round(b.y)})–(${round(b.x + b.width)}, ${round(b.y + b.height)})`;
  for (const title of geometry.titles) {
    for (const edge of geometry.edges) {
      const hit = edge.points.find((p) => inside(p, title.box));
      if (hit) found.push(`edge ${edge.id} crosses the title "${title.text}" ${where(title.box)} at (${round(hit.x)}, ${round(hit.y)})`);
    }
    for (const label of geometry.labels) {
      if (overlap(label.box, title.box))
        found.push(`edge label "${label.text}" ${where(label.box)} overlaps the title "${title.text}" ${where(title.box)}`);
    }
  }
  return found;
}
