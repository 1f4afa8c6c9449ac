import { findUnknownFields, isServed, isToolConfig } from '../../../schema/kubernetes.ts';
import type { ResourceRule } from '../../rule.ts';
import { customIssuesOf } from '../support/custom-issues.ts';

/** kubeconform `-strict`, and the API server's strict field validation (`kubectl apply --validate=strict`). */
export const unknownField: ResourceRule = {
  id: 'k8s/unknown-field',
  level: 'api',
  target: 'resource',
  description:
    'A field that the type does not define (a typo such as `prots`), with a "did you mean" suggestion; also for kind\'s Cluster configuration.',
  check(resource, report, env) {
    for (const issue of customIssuesOf(resource, env)?.schema ?? []) {
      if (issue.keyword !== 'unknown-field') continue;
      report({
        at: resource.at(issue.path, { key: true }),
        ...(issue.messageId ? { messageId: issue.messageId } : {}),
        params: issue.params,
        found: issue.found,
        expected: issue.expected,
      });
    }
    if (!isServed(resource.apiVersion, resource.kind) && !isToolConfig(resource.apiVersion, resource.kind)) return;
    for (const unknown of findUnknownFields(resource.apiVersion, resource.kind, resource.value)) {
      report({
        at: resource.at(unknown.path, { key: true }),
        messageId: unknown.suggestion ? 'k8s/unknown-field.suggest' : 'k8s/unknown-field',
        params: { field: unknown.field, type: unknown.type, ...(unknown.suggestion ? { suggestion: unknown.suggestion } : {}) },
        found: unknown.field,
        expected: unknown.suggestion,
      });
    }
  },
};
