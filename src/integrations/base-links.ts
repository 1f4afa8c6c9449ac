import { defineMdastPlugin } from 'satteri';
import { withBase } from '../site/paths.ts';

/**
 * The one way to write an internal link in MDX: a root-relative Markdown link such as `[Service](/services/)`.
 * Hand-written links do not get Astro's `base`, so this Sätteri plugin adds it at build time; components use
 * `link()` from `src/site/link.ts`, which calls the same `withBase`.
 */
export function baseLinksPlugin(base: string) {
  return defineMdastPlugin({
    name: 'k8s-notes-base-links',
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
