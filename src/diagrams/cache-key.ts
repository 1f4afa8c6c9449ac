import { createHash } from 'node:crypto';
import { installedMermaidVersion, settingsFingerprint, type ThemeName } from './settings.ts';

export interface CacheKeyInput {
  source: string;
  theme: ThemeName;
  mermaidVersion: string;
  /** See settingsFingerprint(): renderer version + the theme's Mermaid config. */
  settings: string;
}

/** The cache key of one rendered SVG: a hash of everything that can change its bytes. */
export function cacheKey(input: CacheKeyInput): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([input.source, input.theme, input.mermaidVersion, input.settings]));
  return hash.digest('hex').slice(0, 24);
}

/** The key of `source` in `theme` with the installed Mermaid and the current settings. */
export function currentCacheKey(source: string, theme: ThemeName): string {
  return cacheKey({ source, theme, mermaidVersion: installedMermaidVersion(), settings: settingsFingerprint(theme) });
}

/** The SVG id (and prefix of every id inside it): unique per diagram and theme, stable across renders. */
export function idPrefix(key: string): string {
  return `dg-${key.slice(0, 12)}`;
}
