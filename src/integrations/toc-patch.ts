import type { StarlightPatch } from './starlight-patch.ts';

/**
 * Starlight's table-of-contents script finds the elements it observes with `tocTargets()` (src/site/toc-targets.ts)
 * instead of its `:has()` query, which costs a long main-thread task on long pages.
 */
export const TOC_PATCH: StarlightPatch = {
  name: 'src/integrations/toc-patch.ts (table of contents without :has())',
  module: /@astrojs[\\/]starlight[\\/].*[\\/]TableOfContents[\\/]starlight-toc\.[jt]s$/,
  /** `document.querySelectorAll([ `main :where(${this.tocHeadingSelector})`, …:has(…)… ].join())` */
  find: /document\.querySelectorAll\(\s*\[\s*`main :where\(\$\{this\.tocHeadingSelector\}\)`,[^\]]*:has\([^\]]*\]\s*\.join\(\)\s*\)/,
  replace: '__k8sTocTargets(document, this.tocHeadingSelector)',
  imports: [['tocTargets', '__k8sTocTargets', new URL('../site/toc-targets.ts', import.meta.url)]],
};
