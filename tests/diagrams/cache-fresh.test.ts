import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEnvironment } from '../../scripts/diagram-environment.ts';
import { findDiagramsInContent } from '../../scripts/diagram-sources.ts';
import { DEFAULT_CACHE_DIR, entriesFor, planCache, readCachedSvg } from '../../src/diagrams/cache.ts';
import { launchRenderer, type Renderer, renderEntries } from '../../src/diagrams/renderer.ts';

/**
 * The CI check behind the committed cache: every diagram of content/docs parses, and re-rendering it with the
 * installed Mermaid in Chromium gives exactly the committed SVGs (so `npm run build` without a browser shows
 * what the sources say). Same as `npm run diagrams -- --check`.
 */
const { diagrams, errors } = findDiagramsInContent();
const STALE_WHY =
  'The cache keys match, so these SVGs were rendered from the same source, with the same Mermaid version and settings; ' +
  'their bytes differ, so the Chromium or the fonts that rendered them were not the ones here (the SVGs do not record ' +
  'them). Re-render them with `npm run diagrams` (here, or where they were made) and commit the result.';
const plan = planCache(entriesFor(diagrams), DEFAULT_CACHE_DIR);

describe('committed diagram cache (src/diagrams/cache)', () => {
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await launchRenderer();
  });
  afterAll(async () => {
    await renderer?.close();
  });

  it('has no fence without accTitle/accDescr in content/docs', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('has an SVG for every diagram and theme, and none that no diagram uses', () => {
    const missing = plan.missing.map((e) => `${e.diagram.file}:${e.diagram.line} (${e.theme}) — run \`npm run diagrams\``);
    expect(missing).toEqual([]);
    expect(plan.unused.map((key) => `${key}.svg is unused — run \`npm run diagrams\``)).toEqual([]);
  });

  it('matches a fresh render of every diagram byte for byte, and every diagram parses', async () => {
    const stale: string[] = [];
    const failures = await renderEntries(renderer, plan.entries, (entry, svg) => {
      if (readCachedSvg(DEFAULT_CACHE_DIR, entry.key) !== svg) {
        stale.push(
          `${entry.diagram.file}:${entry.diagram.line} (${entry.theme}): ${entry.key}.svg differs from a fresh render — run \`npm run diagrams\``,
        );
      }
    });
    expect(failures.map((f) => f.message)).toEqual([]);
    // The keys match, so source, Mermaid and settings are the committer's: the browser or the fonts differ.
    expect(stale, stale.length ? `${STALE_WHY}\nhere: ${renderEnvironment()}` : undefined).toEqual([]);
  });
});
