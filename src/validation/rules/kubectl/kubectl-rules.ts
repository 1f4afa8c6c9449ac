import { kubectlOf } from '../../kubectl/kubectl-command.ts';
import { snapshot } from '../../kubectl/snapshot.ts';
import type { CommandRule, RuleEnv } from '../rule.ts';

/** kubectl command lines in `.sh` files, read against the committed snapshot of kubectl's help (gen:kubectl). */

function findingRule(id: string, description: string, level: 'api' | 'cross-file' = 'api'): CommandRule {
  return {
    id,
    level,
    target: 'command',
    description,
    check(command, report, env, file) {
      const read = kubectlOf(command, env.crds?.resourceTypes());
      if (!read) return;
      for (const finding of read.findings) {
        if (finding.ruleId !== id) continue;
        report({
          at: file.at(finding.word),
          messageId: finding.messageId,
          params: finding.params,
          expected: finding.expected,
          found: finding.found,
        });
      }
    },
  };
}

export const unknownCommand = findingRule(
  'kubectl/unknown-command',
  `A kubectl command or subcommand that kubectl ${snapshot.kubectlVersion} does not have.`,
);
export const unknownFlag = findingRule('kubectl/unknown-flag', "A flag that neither the command nor kubectl's global options define.");
export const flagValue = findingRule(
  'kubectl/flag-value',
  'A flag value of the wrong type (integer, true/false, duration, --dry-run mode) or a missing value; port-forward ports.',
);
export const outputFormat = findingRule(
  'kubectl/output-format',
  'An -o/--output format the command does not support, or jsonpath/custom-columns/go-template without its argument.',
);
export const resourceType = findingRule(
  'kubectl/resource-type',
  'A resource type kubectl does not know (built-in types, their plurals and short names such as svc, deploy).',
);
export const missingArgument = findingRule(
  'kubectl/missing-argument',
  "A required argument is missing, as the command's usage line says: a subcommand, NAME, TYPE, TYPE/NAME, a port, or -f FILENAME.",
);
export const resourceName = findingRule(
  'kubectl/resource-name',
  'An object name in TYPE/NAME or TYPE NAME form (or made by `kubectl create <kind> NAME`) that is empty or not valid for that kind, with the same per-kind name rules as `k8s/object-name` (`clusterrole system:coredns` is fine, `svc web.v2` is not).',
);

/** `-f` targets: a file or folder of the example set, `-` (stdin), or a published URL of one (…/examples/<path>). */
export const fileNotFound: CommandRule = {
  id: 'kubectl/file-not-found',
  level: 'cross-file',
  target: 'command',
  description:
    'A file passed with -f/--filename must exist in the example set (relative to the examples root), or be a published URL of one; loose files may also name a file that exists from the working directory.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    if (!read) return;
    for (const word of read.files) {
      if (word.hasExpansion || word.text === '-') continue;
      let path = word.text;
      const url = /^https?:\/\//.test(path);
      if (url) {
        const index = path.indexOf('/examples/');
        if (index < 0) {
          report({ at: file.at(word), messageId: 'kubectl/file-not-found.url', params: { file: path }, found: path });
          continue;
        }
        path = path.slice(index + '/examples/'.length);
      }
      path = path.replace(/^\.\//, '').replace(/\/$/, '');
      const exists =
        env.set.files.has(path) ||
        [...env.set.files].some((f) => f.startsWith(`${path}/`)) ||
        (!url && env.set.fileExists?.(word.text) === true);
      if (!exists) report({ at: file.at(word), params: { file: word.text }, found: word.text });
    }
  },
};

/** Objects every cluster has: the API server's Service and the well-known Namespaces. */
const BUILT_IN_OBJECTS = [
  { kind: 'Service', name: 'kubernetes', namespace: 'default' },
  ...['default', 'kube-system', 'kube-public', 'kube-node-lease'].map((name) => ({ kind: 'Namespace', name, namespace: 'default' })),
];

function serviceExists(env: RuleEnv, name: string, namespace: string): boolean {
  const same = (o: { kind: string; name: string | undefined; namespace?: string | undefined }) =>
    o.kind === 'Service' && o.name === name && (o.namespace ?? 'default') === namespace;
  return env.set.resources.some(same) || env.set.kubectlCommands.some((c) => c.creates.some(same)) || BUILT_IN_OBJECTS.some(same);
}

/** Objects a command acts on must be in the set: created by a manifest, or by another command (`expose`, `create`, `run`). */
export const unknownObject: CommandRule = {
  id: 'kubectl/unknown-object',
  level: 'cross-file',
  target: 'command',
  description:
    'An object named on a kubectl command line (`service/frontend`, `deployment frontend`) is not created by any manifest or command of the set.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    if (!read || ['create', 'run', 'explain', 'apply', 'delete'].includes(read.path[0] ?? '')) return;
    for (const object of read.objects) {
      const namespace = object.namespace ?? 'default';
      const kind = object.type.kind;
      const namespaced = object.type.namespaced;
      const inManifests = env.set.resources.some(
        (r) => r.kind === kind && r.name === object.name && (!namespaced || (r.namespace ?? 'default') === namespace),
      );
      const byCommand = env.set.kubectlCommands.some((c) =>
        c.creates.some((o) => o.kind === kind && o.name === object.name && (!namespaced || (o.namespace ?? 'default') === namespace)),
      );
      const namespaceObject = kind === 'Namespace' && env.set.namespaces.has(object.name);
      const builtIn = BUILT_IN_OBJECTS.some((o) => o.kind === kind && o.name === object.name && (!namespaced || o.namespace === namespace));
      // The control plane keeps an Endpoints object of the same name beside every Service with a selector.
      const derived = kind === 'Endpoints' && serviceExists(env, object.name, namespace);
      if (!inManifests && !byCommand && !namespaceObject && !builtIn && !derived)
        report({ at: file.at(object.word), params: { kind, name: object.name, namespace }, found: `${kind}/${object.name}` });
    }
  },
};
