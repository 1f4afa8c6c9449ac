import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { selectAll } from '@astrojs/starlight/expressive-code/hast';

/**
 * Lines longer than this (in monospace columns) may scroll sideways in a phone's content column (320 px wide
 * minus padding holds about 30 columns of code).
 */
export const PHONE_COLUMNS = 30;

/** Columns a line takes in a monospace font: full-width (CJK) characters take two. */
export function columns(line: string): number {
  let width = 0;
  for (const char of line)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/**
 * Expressive Code plugin: a code block that may scroll sideways is keyboard-focusable from the start
 * (`tabindex="0"`, `role="region"`, as Expressive Code's own script sets them). Its script decides only once a
 * block is laid out, and examples off screen are not laid out until they scroll near (content-visibility in
 * src/styles/examples.css), so without this a keyboard user could tab past a block that scrolls. Once the block
 * is laid out, Expressive Code's script keeps or removes the attributes by the real width, as before.
 */
export function focusableWideCodePlugin(): ExpressiveCodePlugin {
  return {
    name: 'k8s-notes:focusable-wide-code',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        const widest = Math.max(...codeBlock.code.split('\n').map(columns));
        if (widest <= PHONE_COLUMNS) return;
        for (const pre of selectAll('pre', renderData.blockAst)) {
          pre.properties = { ...pre.properties, tabIndex: 0, role: 'region' };
        }
      },
    },
  };
}
