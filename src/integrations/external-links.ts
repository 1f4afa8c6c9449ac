import { defineHastPlugin } from 'satteri';

/**
 * Links written in Markdown to another site get rel="noopener", so the opened page never receives a handle on
 * this one (window.opener). The site test checks every <a> in the build, including those from components.
 */
export function externalLinksPlugin(site: string) {
  const siteOrigin = new URL(site).origin;
  return defineHastPlugin({
    name: 'k8s-notes-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = String(node.properties?.href ?? '');
        if (!/^(https?:)?\/\//i.test(href) || new URL(href, siteOrigin).origin === siteOrigin) return;
        const current: unknown = node.properties?.rel;
        const rel = Array.isArray(current) ? current.map(String) : current ? String(current).split(/\s+/).filter(Boolean) : [];
        if (!rel.includes('noopener')) ctx.setProperty(node, 'rel', [...rel, 'noopener']);
      },
    },
  });
}
