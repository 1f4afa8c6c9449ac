import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import type { CommandRule, RuleEnv } from '../../rule.ts';

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
