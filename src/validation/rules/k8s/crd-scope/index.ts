import type { ResourceRule } from '../../rule.ts';
import { customIssuesOf } from '../support/custom-issues.ts';

/** The API server clears metadata.namespace of a cluster-scoped object: the namespace in the file has no effect. */
export const crdScope: ResourceRule = {
  id: 'k8s/crd-scope',
  level: 'advice',
  target: 'resource',
  description: 'A custom resource of a cluster-scoped CRD sets metadata.namespace, which the API server ignores.',
  check(resource, report, env) {
    const custom = customIssuesOf(resource, env)?.custom;
    if (custom?.definition.scope !== 'Cluster' || resource.namespace === undefined) return;
    report({
      at: resource.at(['metadata', 'namespace']),
      params: { kind: resource.kind, namespace: resource.namespace },
      expected: 'no namespace',
      found: resource.namespace,
    });
  },
};
