import { KUBECTL_PROGRAMS } from '../../kubectl/kubectl-command.ts';
import type { CommandRule, StageRule } from '../rule.ts';

/**
 * Programs a command file may run besides kubectl: the ones the pages use (Rancher Desktop's rdctl, kind, k3s, docker,
 * curl, openssl, file listing) and shell builtins. Anything else is most likely a typo or a tool a reader lacks.
 */
export const ALLOWED_PROGRAMS = [
  'rdctl',
  'kind',
  'k3s',
  'k3d',
  // Azure CLI, for AKS (az aks show …).
  'az',
  'docker',
  'curl',
  'wget',
  'openssl',
  'ls',
  'find',
  'cat',
  'tree',
  'grep',
  'head',
  'tail',
  'sort',
  'jq',
  'echo',
  'printf',
  'sleep',
  'export',
  'alias',
  'unalias',
  'set',
  'cd',
  'test',
  '[',
  'true',
  'false',
  'read',
  'exit',
  'source',
  '.',
  'command',
  'type',
  'which',
  'env',
  'ip',
  'iptables',
  'nft',
  'ss',
  'sudo',
  'base64',
  'mkdir',
  'rm',
  'nslookup',
  'dig',
  // Shell builtins and the shells themselves, for runner scripts such as walkthrough.sh.
  'bash',
  'sh',
  'local',
  'mapfile',
  'readarray',
  'shift',
  'return',
  'trap',
  'wait',
  'kill',
  'eval',
  'exec',
  'getopts',
  'declare',
  'readonly',
  'unset',
  'basename',
  'dirname',
  'mktemp',
  'tr',
  'cut',
  'sed',
  'awk',
  'wc',
  'tee',
  'xargs',
  'date',
  'seq',
  'timeout',
  'uname',
];
const ALLOWED = new Set(ALLOWED_PROGRAMS);

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

export const syntax: StageRule = {
  id: 'sh/syntax',
  level: 'api',
  target: 'stage',
  description: 'A command file that a POSIX shell cannot parse.',
};

export const placeholder: StageRule = {
  id: 'sh/placeholder',
  level: 'api',
  target: 'stage',
  description: 'A prose placeholder such as `<Service名>` in a command file: examples use real names.',
};
