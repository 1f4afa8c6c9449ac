import { WELL_KNOWN_NAMESPACES } from '../../../k8s/names.ts';
import type { ResourceRule } from '../../rule.ts';

/** The API server rejects an object in a namespace that does not exist (NamespaceLifecycle admission). */
export const namespaceExists: ResourceRule = {
  id: 'k8s/namespace-exists',
  level: 'cross-file',
  target: 'resource',
  description:
    'metadata.namespace must be a Namespace defined in the validated set or a well-known one (default, kube-system, kube-public, kube-node-lease).',
  check(resource, report, env) {
    const namespace = resource.namespace;
    if (namespace === undefined || WELL_KNOWN_NAMESPACES.includes(namespace)) return;
    if (env.set.namespaces.has(namespace)) return;
    report({
      at: resource.at(['metadata', 'namespace']),
      params: { namespace },
      expected: [...WELL_KNOWN_NAMESPACES, ...env.set.namespaces].join(', '),
      found: namespace,
    });
  },
};
