import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entriesFor, listCachedKeys, planCache, pruneCache, writeCachedSvg } from '../../src/diagrams/cache.ts';
import { cacheKey, currentCacheKey, idPrefix } from '../../src/diagrams/cache-key.ts';
import { diagramFromFence } from '../../src/diagrams/fence.ts';
import { installedMermaidVersion, mermaidConfig, RENDERER_VERSION, settingsFingerprint } from '../../src/diagrams/settings.ts';

const base = {
  source: 'flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B',
  theme: 'light' as const,
  mermaidVersion: '12.3.0',
  settings: settingsFingerprint('light'),
};

describe('cacheKey', () => {
  it('is stable for the same inputs', () => {
    expect(cacheKey(base)).toBe(cacheKey({ ...base }));
    expect(cacheKey(base)).toMatch(/^[0-9a-f]{24}$/);
  });

  it.each([
    ['the diagram source', { source: `${base.source}\n  B --> C` }],
    ['the theme', { theme: 'dark' as const }],
    ['the Mermaid version', { mermaidVersion: '12.3.1' }],
    [
      'the renderer version',
      { settings: settingsFingerprint('light').replace(`"renderer":${RENDERER_VERSION}`, `"renderer":${RENDERER_VERSION + 1}`) },
    ],
    [
      'the Mermaid configuration',
      {
        settings: JSON.stringify({ ...JSON.parse(settingsFingerprint('light')), config: { ...mermaidConfig('light'), htmlLabels: true } }),
      },
    ],
  ])('changes when %s changes', (_what, change) => {
    expect(cacheKey({ ...base, ...change })).not.toBe(cacheKey(base));
  });

  it('fingerprints the renderer version, the in-page script and the Mermaid configuration', () => {
    const fingerprint = JSON.parse(settingsFingerprint('light'));
    expect(fingerprint).toEqual({
      renderer: RENDERER_VERSION,
      script: expect.stringMatching(/^[0-9a-f]{16}$/),
      config: mermaidConfig('light'),
    });
  });

  it('uses the installed Mermaid and differs between the light and the dark theme', () => {
    expect(installedMermaidVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(currentCacheKey(base.source, 'light')).toBe(cacheKey({ ...base, mermaidVersion: installedMermaidVersion() }));
    expect(currentCacheKey(base.source, 'dark')).not.toBe(currentCacheKey(base.source, 'light'));
    expect(settingsFingerprint('dark')).not.toBe(settingsFingerprint('light'));
  });

  it('gives an id prefix that is a valid, distinct id per key', () => {
    expect(idPrefix('0123456789abcdef01234567')).toBe('dg-0123456789ab');
  });
});

describe('planCache: missing, stale and unused entries', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const diagram = (source: string, line = 1) =>
    diagramFromFence({ lang: 'mermaid', value: source, position: { start: { line } } }, 'content/docs/p.mdx');
  const one = diagram('flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B');

  it('reports every theme of a new diagram as missing', () => {
    const plan = planCache(entriesFor([one]), dir);
    expect(plan.missing.map((e) => e.theme)).toEqual(['light', 'dark']);
    expect(plan.unused).toEqual([]);
  });

  it('reports nothing once both SVGs are cached', () => {
    for (const entry of entriesFor([one])) writeCachedSvg(dir, entry.key, '<svg/>');
    const plan = planCache(entriesFor([one]), dir);
    expect(plan.missing).toEqual([]);
    expect(plan.unused).toEqual([]);
  });

  it('sees an edited diagram as missing and its old SVGs as unused (stale), and prunes them', () => {
    const oldKeys = entriesFor([one]).map((e) => e.key);
    for (const key of oldKeys) writeCachedSvg(dir, key, '<svg/>');
    const edited = diagram('flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> C');
    const plan = planCache(entriesFor([edited]), dir);
    expect(plan.missing.map((e) => e.diagram.source)).toEqual([edited.source, edited.source]);
    expect(plan.unused.sort()).toEqual([...oldKeys].sort());
    pruneCache(dir, plan.unused);
    expect(listCachedKeys(dir)).toEqual([]);
  });

  it('sees every SVG as stale when the Mermaid version changes', () => {
    for (const entry of entriesFor([one])) writeCachedSvg(dir, entry.key, '<svg/>');
    const upgraded = entriesFor([one], (source, theme) =>
      cacheKey({ source, theme, mermaidVersion: '99.0.0', settings: settingsFingerprint(theme) }),
    );
    const plan = planCache(upgraded, dir);
    expect(plan.missing).toHaveLength(2);
    expect(plan.unused).toHaveLength(2);
  });

  it('renders a diagram used twice only once, and ignores files that are not SVGs', () => {
    writeFileSync(join(dir, 'README.txt'), 'not a cache entry');
    const plan = planCache(entriesFor([one, diagram(one.source, 40)]), dir);
    expect(plan.entries).toHaveLength(4);
    expect(plan.missing).toHaveLength(2);
    expect(plan.unused).toEqual([]);
  });
});
