import { ALLOWED_PROGRAMS, KUBECTL_PROGRAMS } from '../../../kubectl/programs.ts';
import type { CommandRule } from '../../rule.ts';

const ALLOWED = new Set(ALLOWED_PROGRAMS);

/** A program outside the allowlist (`kubectl/programs.ts`) is most likely a typo, or a tool a reader does not have. */
export const unknownProgram: CommandRule = {
  id: 'sh/unknown-program',
  level: 'cross-file',
  target: 'command',
  description: 'A command file runs a program that is neither kubectl (or its alias k) nor on the documented allowlist.',
  check(command, report, _env, file) {
    const name = command.program.text;
    if (KUBECTL_PROGRAMS.has(name) || ALLOWED.has(name) || file.functions.has(name) || command.program.hasExpansion) return;
    // A script in the example set (./walkthrough.sh) is fine.
    if (name.startsWith('./') || name.endsWith('.sh')) return;
    report({ at: file.at(command.program), params: { program: name }, found: name, expected: 'kubectl, k or one of the allowed programs' });
  },
};
