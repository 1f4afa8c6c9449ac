import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { selectAll } from '@astrojs/starlight/expressive-code/hast';

/** What one line of a terminal transcript is: a command after its `$ ` prompt, a command's continuation, or output. */
export type TranscriptLine = 'prompt' | 'continuation' | 'output';

/**
 * The kind of each line of a terminal transcript (see `transcript()` in command-lines.ts): a line after a `$ `
 * prompt is a command, and so are the lines after a command line that ends in `\`; every other line is output.
 */
export function transcriptLines(code: string): TranscriptLine[] {
  let continued = false;
  return code.split('\n').map((line) => {
    const kind: TranscriptLine = continued ? 'continuation' : line.startsWith('$ ') ? 'prompt' : 'output';
    continued = kind !== 'output' && line.endsWith('\\');
    return kind;
  });
}

/** The commands of a transcript: prompted lines without the prompt, and their continuation lines; no output. */
export function transcriptCommands(code: string): string {
  const kinds = transcriptLines(code);
  return code
    .split('\n')
    .flatMap((line, i) => (kinds[i] === 'prompt' ? [line.slice(2)] : kinds[i] === 'continuation' ? [line] : []))
    .join('\n');
}

/**
 * Expressive Code plugin: the copy button of a transcript (a `shellsession` block, which only `<Example>` writes)
 * copies the commands, not the prompts and the expected output. Expressive Code has no option for this, so the
 * plugin rewrites the copy button's `data-code` after the frames plugin (a default plugin, so it runs first) made it.
 */
export function transcriptCopyPlugin(): ExpressiveCodePlugin {
  return {
    name: 'k8s-notes:transcript-copy',
    hooks: {
      postprocessRenderedBlock: ({ codeBlock, renderData }) => {
        if (codeBlock.language !== 'shellsession') return;
        // The frames plugin stores newlines as U+007F in data-code; its copy script turns them back.
        const commands = transcriptCommands(codeBlock.code).replace(/\n/g, '\u007f');
        for (const button of selectAll('.copy button', renderData.blockAst)) {
          button.properties = { ...button.properties, dataCode: commands };
        }
      },
    },
  };
}
