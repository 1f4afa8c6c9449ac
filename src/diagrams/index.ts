export { type CacheEntry, DEFAULT_CACHE_DIR, entriesFor, planCache, pruneCache, readCachedSvg, writeCachedSvg } from './cache.ts';
export { cacheKey, currentCacheKey, idPrefix } from './cache-key.ts';
export { DiagramError } from './errors.ts';
export { findDiagramsInContent, findDiagramsInSource, listPages } from './extract.ts';
export { type Diagram, diagramFromFence, isMermaidFence } from './fence.ts';
export { diagramsIntegration, type MermaidDiagramsOptions, mermaidDiagrams } from './plugin.ts';
export { BrowserUnavailableError, browserAvailable, launchRenderer, renderEntries } from './renderer.ts';
export { chromiumPath, installedMermaidVersion, mermaidConfig, RENDERER_VERSION, settingsFingerprint, THEMES } from './settings.ts';
