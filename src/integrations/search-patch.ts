import type { StarlightPatch } from './starlight-patch.ts';

/**
 * Starlight's search script loads and starts Pagefind's UI at the first idle moment of every page: a long
 * main-thread task on a phone, for a dialog most visits never open. Patched, it starts when the reader reaches
 * for search (src/site/search-on-demand.ts); everything else in the script stays Starlight's.
 */
export const SEARCH_PATCH: StarlightPatch = {
  name: 'src/integrations/search-patch.ts (Pagefind UI on demand)',
  module: /@astrojs[\\/]starlight[\\/].*[\\/]components[\\/]Search\.astro\?astro&type=script&index=0&lang\.ts$/,
  withQuery: true,
  /** The idle callback that imports and starts Pagefind's UI (inside the DOMContentLoaded listener). */
  find: /const onIdle = window\.requestIdleCallback \|\| \(\(cb\) => setTimeout\(cb, 1\)\);\s*onIdle\(async \(\) => \{/,
  replace: '__k8sWhenSearchWanted(this, async () => {',
  imports: [['whenSearchWanted', '__k8sWhenSearchWanted', new URL('../site/search-on-demand.ts', import.meta.url)]],
};
