import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { selectAll } from '@astrojs/starlight/expressive-code/hast';

/**
 * The commands of a terminal transcript (see `transcript()` in command-lines.ts): the lines after a `$ ` prompt,
 * without the prompt, plus the continuation lines of a command that ends in `\`. The output is left out.
 */
export function transcriptCommands(code: string): string {
  const commands: string[] = [];
  let continued = false;
  for (const line of code.split('\n')) {
    if (continued) commands.push(line);
    else if (line.startsWith('$ ')) commands.push(line.slice(2));
    else continue;
    continued = line.endsWith('\\');
  }
  return commands.join('\n');
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
