import { innerCommandsOf, PARSED_PROGRAMS, TEXT_PROGRAMS } from '../../../kubectl/inner-command.ts';
import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import { INNER_PROGRAMS } from '../../../kubectl/programs.ts';
import type { CommandRule } from '../../rule.ts';

/**
 * For any inner program other than curl, wget, nslookup, dig and text-only ones, the checker says that it did not
 * read its arguments, instead of passing it in silence.
 */
export const innerUnchecked: CommandRule = {
  id: 'kubectl/inner-unchecked',
  level: 'advice',
  target: 'command',
  description:
    'Says which commands run by kubectl exec, debug or run the checker does not read beyond the program name (anything but curl, wget, nslookup, dig, the commands of an sh -c script, and text-only programs such as echo): a warning, not a silent pass.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    for (const inner of read ? innerCommandsOf(read) : []) {
      const name = inner.program.text;
      if (inner.entrypointArgs) {
        report({ at: file.at(inner.program), messageId: 'kubectl/inner-unchecked.entrypoint', params: {}, found: name });
      } else if (INNER_PROGRAMS.has(name) && !PARSED_PROGRAMS.has(name) && !TEXT_PROGRAMS.has(name)) {
        report({ at: file.at(inner.program), params: { program: name, verb: inner.verb, where: inner.where }, found: name });
      }
    }
  },
};
