import type { OutputRule } from '../../rule.ts';

export const orphan: OutputRule = {
  id: 'output/orphan',
  level: 'cross-file',
  target: 'output',
  description: 'An expected output `<name>.out` needs the command file `<name>.sh` beside it.',
  check(output, report) {
    if (output.commandFile === undefined) report({ at: output.at(1), params: { file: output.file.replace(/\.out$/, '.sh') } });
  },
};
