/**
 * The programs a command line may run, one list each: kubectl's own names, what a command file may run besides
 * kubectl, and what a command that kubectl runs in a container or on a node may run.
 */

/** The names a command line calls kubectl by (`k` is the usual shell alias). */
export const KUBECTL_PROGRAMS: ReadonlySet<string> = new Set(['kubectl', 'k']);

/**
 * Programs a command file may run besides kubectl: the ones the pages use (Rancher Desktop's rdctl, kind, k3s, docker,
 * curl, openssl, file listing) and shell builtins. Anything else is most likely a typo or a tool a reader lacks.
 */
export const ALLOWED_PROGRAMS: readonly string[] = [
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

/** Programs found in containers and on nodes besides those a command file may run itself. */
const INNER_ONLY = ['iptables-save', 'iptables-legacy-save', 'ipvsadm', 'conntrack', 'hostname', 'ping', 'nc', 'ps', 'id'];
/** Programs a command run by kubectl exec, debug or run may run. */
export const INNER_PROGRAMS: ReadonlySet<string> = new Set([...ALLOWED_PROGRAMS, ...INNER_ONLY]);
