import { closest, distance } from 'fastest-levenshtein';
import { innerCommandsOf } from '../../../kubectl/inner-command.ts';
import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import { INNER_PROGRAMS } from '../../../kubectl/programs.ts';
import type { CommandRule } from '../../rule.ts';

/**
 * The program that `kubectl exec POD -- …`, `kubectl debug … -- …` or `kubectl run … --command -- …` runs must be one
 * a reader can have there: the allowlist of command files plus container and node tools (`kubectl/programs.ts`).
 */
export const innerProgram: CommandRule = {
  id: 'kubectl/inner-program',
  level: 'cross-file',
  target: 'command',
  description:
    'The program that kubectl exec, debug or run --command runs (after chroot, sudo or env) is neither allowed nor known to exist there.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    for (const inner of read ? innerCommandsOf(read) : []) {
      const name = inner.program.text;
      if (inner.entrypointArgs || inner.program.hasExpansion) continue;
      if (INNER_PROGRAMS.has(name) || name.startsWith('/') || name.startsWith('./')) continue;
      const best = closest(name, [...INNER_PROGRAMS]);
      const suggest = distance(best, name) <= 2;
      report({
        at: file.at(inner.program),
        messageId: suggest ? 'kubectl/inner-program.suggest' : 'kubectl/inner-program',
        params: { program: name, verb: inner.verb, where: inner.where, ...(suggest ? { suggestion: best } : {}) },
        found: name,
        expected: suggest ? best : 'a program on the allowlist',
      });
    }
  },
};
