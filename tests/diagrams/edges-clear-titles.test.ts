import { describe, expect, it } from 'vitest';
import { findDiagramsInContent } from '../../scripts/diagram-sources.ts';
import { DEFAULT_CACHE_DIR, entriesFor, readCachedSvg } from '../../src/diagrams/cache.ts';
import { flattenPath, flowchartGeometry, titleCollisions } from '../support/diagram-geometry.ts';

/**
 * No edge of a diagram may run through a subgraph title, and no edge label may sit on one (review defect 11: the
 * Flannel edge struck through 「ノード2（podCIDR …）」, the "other Pod" edge through the Pod's title). Read from the
 * committed SVGs, so it needs no browser: the cache is what the site ships.
 */

/** A subgraph titled "Node 2" at (100, 200), 200 wide, and whatever edges the case adds. */
function fixture(edges: string, labels = ''): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><g class="root">',
    '<g class="clusters"><g class="cluster" id="c1"><rect x="100" y="200" width="200" height="150"/>',
    '<g class="cluster-label" transform="translate(150, 200)"><g><rect class="background"/><text y="-10.1">',
    '<tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em"><tspan class="text-inner-tspan">Node 2</tspan></tspan>',
    '</text></g></g></g></g>',
    `<g class="edges edgePaths">${edges}</g><g class="edgeLabels">${labels}</g>`,
    '</g></svg>',
  ].join('');
}
const edge = (id: string, d: string) => `<path d="${d}" id="${id}" class="flowchart-link"/>`;
const label = (x: number, y: number, content: string) =>
  `<g class="edgeLabel" transform="translate(${x}, ${y})"><g class="label" transform="translate(0, -9)"><g>` +
  `<rect class="background" x="-20" y="-5" width="40" height="28"/><text><tspan class="row">${content}</tspan></text></g></g></g>`;

describe('the title check itself', () => {
  it('reads a title as the box Mermaid centred on its subgraph, one text row tall', () => {
    const [title] = flowchartGeometry(fixture('')).titles;
    expect(title?.text).toBe('Node 2');
    expect(title?.box.x).toBe(150);
    expect(title?.box.width).toBe(100);
    expect(title?.box.y).toBe(197);
    expect(title?.box.height).toBe(24);
  });

  it('fires on an edge that runs down through the title (the old Flannel drawing)', () => {
    const found = titleCollisions(flowchartGeometry(fixture(edge('e1', 'M200,100L200,190L200,260'))));
    expect(found).toEqual([expect.stringMatching(/^edge e1 crosses the title "Node 2" .* at \(200, 19\d/)]);
  });

  it('fires on a rounded corner (Q) that cuts through the title', () => {
    const found = titleCollisions(flowchartGeometry(fixture(edge('e2', 'M120,100L120,200Q120,210 130,210L160,210'))));
    expect(found).toHaveLength(1);
  });

  it('fires on an edge label that sits on the title', () => {
    const found = titleCollisions(flowchartGeometry(fixture('', label(200, 205, 'UDP 8472'))));
    expect(found).toEqual([expect.stringMatching(/^edge label "UDP 8472" .* overlaps the title "Node 2"/)]);
  });

  it('passes an edge that enters the subgraph beside its title, and a label clear of it', () => {
    const svg = fixture(edge('e3', 'M120,100L120,300'), label(120, 150, 'veth'));
    expect(titleCollisions(flowchartGeometry(svg))).toEqual([]);
  });

  it('passes an edge that stops just above the title', () => {
    expect(titleCollisions(flowchartGeometry(fixture(edge('e4', 'M200,100L200,196.5'))))).toEqual([]);
  });

  it('names what it cannot read instead of passing it', () => {
    expect(() => flattenPath('M0,0A5,5 0 0 1 10,10')).toThrow(/unsupported path command "A"/);
    const rotated = fixture('').replace('translate(150, 200)', 'rotate(-90)');
    expect(() => flowchartGeometry(rotated)).toThrow(/unsupported transform "rotate\(-90\)"/);
  });
});

describe('every diagram of content/docs', () => {
  const { diagrams } = findDiagramsInContent();
  const entries = entriesFor(diagrams);

  it('has subgraphs to check (the pod-networking diagrams have titles)', () => {
    const withTitles = entries.filter((entry) => {
      const svg = readCachedSvg(DEFAULT_CACHE_DIR, entry.key);
      return svg !== undefined && flowchartGeometry(svg).titles.length > 0;
    });
    expect(withTitles.map((entry) => entry.diagram.file)).toEqual(
      expect.arrayContaining(['content/docs/pod-networking.mdx', 'content/docs/en/pod-networking.mdx']),
    );
  });

  it.each(entries.map((entry) => [`${entry.diagram.file}:${entry.diagram.line} (${entry.theme})`, entry] as const))(
    '%s: no edge or edge label runs into a subgraph title',
    (_name, entry) => {
      const svg = readCachedSvg(DEFAULT_CACHE_DIR, entry.key);
      if (svg === undefined)
        throw new Error(`no cached SVG ${entry.key}.svg for ${entry.diagram.file}:${entry.diagram.line}: run \`npm run diagrams\``);
      expect(titleCollisions(flowchartGeometry(svg))).toEqual([]);
    },
  );
});
