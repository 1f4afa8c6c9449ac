import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { selectAll } from '@astrojs/starlight/expressive-code/hast';
import { transcriptLines } from './transcript-copy.ts';

/** Languages Expressive Code draws in a terminal frame: commands, which a reader searches for like prose. */
const SHELL = new Set(['shellsession', 'bash', 'sh', 'shell', 'zsh', 'console']);

/** How much a word in a file's code counts in search, against 1 for a word of prose (Pagefind's default). */
export const CODE_SEARCH_WEIGHT = 0.5;

/**
 * Expressive Code plugin: what Pagefind indexes of a code block.
 * - The expected output in a transcript (a `shellsession` block, which only `<Example>` writes) is left out, with
 *   `data-pagefind-ignore` on each output line; the commands stay. Output is IP addresses, ages, generated Pod
 *   names and table headers: indexed, it filled the excerpts with table rows and lifted pages for words their prose
 *   does not discuss (Pagefind matches prefixes: `network` matched `networkpolicy.networking.k8s.io/…` in
 *   `kubectl apply` output). What the output means is said in the prose, which is indexed: CLUSTER-IP and
 *   EXTERNAL-IP still find the pages that explain them.
 * - A file (a manifest, a config) counts half (`data-pagefind-weight`): every manifest repeats `apiVersion`,
 *   `metadata`, `namespace: netdemo`, which says nothing of what a page is about, and a page with five manifests
 *   outranked the page about network namespaces for "network namespace". Its words are still found.
 */
export function codeSearchPlugin(): ExpressiveCodePlugin {
  return {
    name: 'k8s-notes:code-search',
    hooks: {
      postprocessRenderedLine: ({ codeBlock, lineIndex, renderData }) => {
        if (codeBlock.language !== 'shellsession') return;
        if (transcriptLines(codeBlock.code)[lineIndex] !== 'output') return;
        renderData.lineAst.properties = { ...renderData.lineAst.properties, dataPagefindIgnore: '' };
      },
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        if (SHELL.has(codeBlock.language)) return;
        for (const pre of selectAll('pre', renderData.blockAst)) {
          pre.properties = { ...pre.properties, dataPagefindWeight: String(CODE_SEARCH_WEIGHT) };
        }
      },
    },
  };
}
