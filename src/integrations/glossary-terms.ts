import { defineHastPlugin } from 'satteri';

/** How much the term of a glossary entry counts in search: Pagefind's weight for an h6, the lightest heading. */
export const GLOSSARY_TERM_WEIGHT = 2;

/**
 * The glossary's entries are table rows whose first cell is the term: an anchor (`<span id="load-balancer">`) and
 * the term in bold, with its English name. That cell is the heading of its entry, but Pagefind weights only real
 * headings, so the cell gets a heading's weight (`data-pagefind-weight`). It matters for katakana terms: Pagefind
 * splits a Japanese query with the browser's segmenter (ロードバランサー → ロード|バラ|ン|サー) while its index
 * keeps the word whole (Pagefind/pagefind#1237), so the word itself does not rank the page that defines it.
 */
export function glossaryTermsPlugin() {
  return defineHastPlugin({
    name: 'k8s-notes-glossary-terms',
    element: {
      filter: ['td'],
      visit(node, ctx) {
        const [anchor, term] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
        if (!isAnchor(anchor) || term?.type !== 'element' || term.tagName !== 'strong') return;
        ctx.setProperty(node, 'dataPagefindWeight', String(GLOSSARY_TERM_WEIGHT));
      },
    },
  });
}

/** `<span id="…">`, as HTML or as MDX's JSX (the glossary is an .mdx page, where it stays JSX at this stage). */
function isAnchor(node: unknown): boolean {
  const n = node as { type?: string; tagName?: string; name?: string; properties?: { id?: unknown }; attributes?: { name?: string }[] };
  if (n?.type === 'element') return n.tagName === 'span' && Boolean(n.properties?.id);
  if (n?.type === 'mdxJsxTextElement') return n.name === 'span' && (n.attributes ?? []).some((a) => a.name === 'id');
  return false;
}
