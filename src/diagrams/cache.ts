import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentCacheKey } from './cache-key.ts';
import type { Diagram } from './fence.ts';
import { THEMES, type ThemeName } from './settings.ts';

/** The committed cache: one `<key>.svg` per diagram and theme. */
export const DEFAULT_CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'cache');

export interface CacheEntry {
  diagram: Diagram;
  theme: ThemeName;
  key: string;
}

export interface CachePlan {
  /** Every SVG the diagrams need, in page order. */
  entries: CacheEntry[];
  /** Entries with no SVG in the cache: new or changed diagrams, or a new Mermaid / new settings. */
  missing: CacheEntry[];
  /** SVG files no diagram needs any more (what a stale entry leaves behind once its diagram changed). */
  unused: string[];
}

export function entriesFor(diagrams: Diagram[], keyOf = currentCacheKey): CacheEntry[] {
  return diagrams.flatMap((diagram) => THEMES.map((theme) => ({ diagram, theme, key: keyOf(diagram.source, theme) })));
}

export function cacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}.svg`);
}

export function readCachedSvg(cacheDir: string, key: string): string | undefined {
  const file = cacheFile(cacheDir, key);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function writeCachedSvg(cacheDir: string, key: string, svg: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cacheFile(cacheDir, key), svg);
}

export function listCachedKeys(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir)
    .filter((name) => name.endsWith('.svg'))
    .map((name) => name.slice(0, -'.svg'.length))
    .sort();
}

/** Compares what the diagrams need with what the cache holds. */
export function planCache(entries: CacheEntry[], cacheDir: string): CachePlan {
  const cached = new Set(listCachedKeys(cacheDir));
  const needed = new Set(entries.map((entry) => entry.key));
  const missing: CacheEntry[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (cached.has(entry.key) || seen.has(entry.key)) continue;
    seen.add(entry.key);
    missing.push(entry);
  }
  return { entries, missing, unused: [...cached].filter((key) => !needed.has(key)) };
}

export function pruneCache(cacheDir: string, keys: string[]): void {
  for (const key of keys) rmSync(cacheFile(cacheDir, key), { force: true });
}
