export { mermaidDiagrams, diagramsIntegration, type MermaidDiagramsOptions } from './plugin.ts';
export { findDiagramsInContent, findDiagramsInSource, listPages } from './extract.ts';
export { diagramFromFence, isMermaidFence, type Diagram } from './fence.ts';
export { DiagramError } from './errors.ts';
export { cacheKey, currentCacheKey, idPrefix } from './cache-key.ts';
export { DEFAULT_CACHE_DIR, entriesFor, planCache, pruneCache, readCachedSvg, writeCachedSvg, type CacheEntry } from './cache.ts';
export { launchRenderer, renderEntries, browserAvailable, BrowserUnavailableError } from './renderer.ts';
export { THEMES, RENDERER_VERSION, mermaidConfig, settingsFingerprint, installedMermaidVersion, chromiumPath } from './settings.ts';
