import { closest, distance } from 'fastest-levenshtein';
import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import type { CommandRule } from '../../rule.ts';

/**
 * Flags the reader could not match against the command read so far and kubectl's global options, with the closest
 * long flag when one is near enough to be the intended one.
 */
export const unknownFlag: CommandRule = {
  id: 'kubectl/unknown-flag',
  level: 'api',
  target: 'command',
  description: "A flag that neither the command nor kubectl's global options define.",
  check(command, report, env, file) {
    for (const flag of kubectlOf(command, env.crds?.resourceTypes())?.unknownFlags ?? []) {
      const names = flag.available.map((f) => f.name);
      const best = flag.long && names.length ? closest(flag.name, names) : undefined;
      const suggestion = best && distance(best, flag.name) <= Math.max(2, Math.floor(flag.name.length / 3)) ? best : undefined;
      report({
        at: file.at(flag.word),
        messageId: suggestion ? 'kubectl/unknown-flag.suggest' : 'kubectl/unknown-flag',
        params: {
          flag: flag.long ? `--${flag.name}` : `-${flag.name}`,
          command: ['kubectl', ...flag.path].join(' '),
          ...(suggestion ? { suggestion: `--${suggestion}` } : {}),
        },
        found: flag.word.text,
        expected: suggestion ? `--${suggestion}` : undefined,
      });
    }
  },
};
