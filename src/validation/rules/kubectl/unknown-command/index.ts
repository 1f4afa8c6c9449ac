import { closest } from 'fastest-levenshtein';
import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import { KUBECTL_VERSION } from '../../../kubectl/kubectl-version.ts';
import type { CommandRule } from '../../rule.ts';

/**
 * The word where the reader stopped: an unknown top-level command (with the closest one), or an unknown subcommand of
 * a command that only groups others (with the ones it has). kubectl refuses both before it reads any argument.
 */
export const unknownCommand: CommandRule = {
  id: 'kubectl/unknown-command',
  level: 'api',
  target: 'command',
  description: `A kubectl command or subcommand that kubectl ${KUBECTL_VERSION} does not have.`,
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    const stop = read?.unknownCommand;
    if (!read || !stop) return;
    const text = stop.word.text;
    if (read.path.length === 0) {
      const suggestion = closest(text, stop.subcommands);
      report({ at: file.at(stop.word), params: { command: text, suggestion }, found: text, expected: suggestion });
      return;
    }
    const available = stop.subcommands.join(', ');
    report({
      at: file.at(stop.word),
      messageId: 'kubectl/unknown-command.sub',
      params: { command: ['kubectl', ...read.path].join(' '), sub: text, available },
      found: text,
      expected: available,
    });
  },
};
