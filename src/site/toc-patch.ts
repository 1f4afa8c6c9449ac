import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * A Vite plugin that makes Starlight's table-of-contents script find what it observes with `tocTargets()`
 * (src/site/toc-targets.ts) instead of its `:has()` query, which costs a long main-thread task on long pages.
 * Only that one expression changes; markup, styles and behaviour stay Starlight's. Overriding the two components
 * instead would mean re-implementing both tables of contents, their styles and the mobile one's keyboard handling.
 * If a Starlight release changes the query, the build stops with a message saying so, rather than silently
 * shipping the slow version (or a broken one).
 */

export const MODULE = /@astrojs[\\/]starlight[\\/].*[\\/]TableOfContents[\\/]starlight-toc\.[jt]s$/;
/** `document.querySelectorAll([ `main :where(${this.tocHeadingSelector})`, …:has(…)… ].join())` */
export const QUERY = /document\.querySelectorAll\(\s*\[\s*`main :where\(\$\{this\.tocHeadingSelector\}\)`,[^\]]*:has\([^\]]*\]\s*\.join\(\)\s*\)/;
const TARGETS = fileURLToPath(new URL('./toc-targets.ts', import.meta.url));

export function patchStarlightToc(code: string): string {
  if (!QUERY.test(code)) {
    throw new Error(
      'src/site/toc-patch.ts: Starlight\'s starlight-toc script no longer contains the `:has()` query this patch replaces. ' +
        'If the new version finds its targets cheaply, remove the patch (astro.config.mjs); otherwise update QUERY.',
    );
  }
  const patched = code.replace(QUERY, '__k8sTocTargets(document, this.tocHeadingSelector)');
  return `import { tocTargets as __k8sTocTargets } from ${JSON.stringify(TARGETS)};\n${patched}`;
}

export function starlightTocPatch(): Plugin {
  return {
    name: 'k8s-network-notes:starlight-toc-targets',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0]!)) return undefined;
      return { code: patchStarlightToc(code), map: null };
    },
  };
}
