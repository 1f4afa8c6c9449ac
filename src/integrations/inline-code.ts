import { defineHastPlugin } from 'satteri';

/**
 * Inline code up to this many characters is kept on one line: a command or flag such as `kubectl port-forward` or
 * `--cluster-cidr` broken at its hyphen reads as two words. Longer code (a URL, a full command line) may still
 * break anywhere, or it would push the phone column sideways.
 */
export const NOWRAP_CODE_CHARS = 30;

/** Inline <code> (not inside <pre>) of at most NOWRAP_CODE_CHARS characters gets the class `k8s-nowrap`. */
export function inlineCodePlugin() {
  return defineHastPlugin({
    name: 'k8s-notes-inline-code',
    element: {
      filter: ['code'],
      visit(node, ctx) {
        const parent = ctx.parent(node);
        if (parent && parent.type === 'element' && parent.tagName === 'pre') return;
        if (ctx.textContent(node).length > NOWRAP_CODE_CHARS) return;
        const current: unknown = node.properties?.className;
        const classes = Array.isArray(current) ? current.map(String) : current ? String(current).split(/\s+/) : [];
        ctx.setProperty(node, 'className', [...classes, 'k8s-nowrap']);
      },
    },
  });
}
