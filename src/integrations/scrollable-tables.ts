import type { Element as HastElement } from 'hast';
import { defineHastPlugin } from 'satteri';

/**
 * Markdown tables, for the keyboard and for phones:
 * - Starlight shows a table as a block that scrolls sideways when it is wider than the column, and a region that
 *   scrolls must be reachable from the keyboard (axe: scrollable-region-focusable). Whether it scrolls depends on
 *   the reader's screen, so every table is focusable (`tabindex="0"`) and named by its header cells
 *   ("Cilium、Calico、Flannel"), which needs no per-language wording. It keeps its table role.
 * - On a phone a table is stacked, one row under another (src/styles/tables.css): in a table of three or more
 *   columns each cell after the first carries its column's header as `data-label`, shown before the cell's text
 *   (in two columns the first cell, a term or a field, is enough of a title).
 */
export function scrollableTablesPlugin() {
  return defineHastPlugin({
    name: 'k8s-notes-scrollable-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const rows: HastElement[] = [];
        const collect = (element: HastElement) => {
          for (const child of element.children) if (child.type === 'element') child.tagName === 'tr' ? rows.push(child) : collect(child);
        };
        collect(node as HastElement);
        const cells = (row: HastElement) => row.children.filter((c): c is HastElement => c.type === 'element' && /^t[hd]$/.test(c.tagName));
        const headers = rows[0] ? cells(rows[0]).map((th) => ctx.textContent(th as never).trim()) : [];
        const japanese = headers.some((h) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(h));
        ctx.setProperty(node, 'tabIndex', 0);
        ctx.setProperty(node, 'ariaLabel', headers.filter(Boolean).join(japanese ? '、' : ', '));
        ctx.setProperty(node, 'className', ['k8s-stacked']);
        if (headers.length < 3) return;
        for (const row of rows.slice(1))
          cells(row).forEach((cell, column) => {
            if (column > 0 && headers[column]) ctx.setProperty(cell as never, 'dataLabel', headers[column]);
          });
      },
    },
  });
}
