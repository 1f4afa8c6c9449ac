import type { ResourceRule } from '../rule.ts';
import { customIssuesOf, issueRule, shortRule } from './support/custom-issues.ts';

export const schemaConstraint = issueRule(
  'k8s/schema-constraint',
  'constraint',
  "A custom resource's value is outside a bound of its CRD schema: minimum, maximum, minLength, maxLength, pattern, minItems, maxItems, minProperties, maxProperties, allOf/anyOf/oneOf/not.",
);

export const listType = issueRule(
  'k8s/list-type',
  'list-type',
  'A list the CRD schema declares `x-kubernetes-list-type: set` has a duplicate item, or one of type `map` two items with the same `x-kubernetes-list-map-keys` (defaults applied).',
);

export const celRule: ResourceRule = {
  id: 'k8s/cel-rule',
  level: 'api',
  target: 'resource',
  description:
    "A custom resource breaks one of its CRD's `x-kubernetes-validations` CEL rules (message, messageExpression, reason and fieldPath as the API server uses them), or the rule fails to evaluate on it.",
  check(resource, report, env) {
    for (const issue of customIssuesOf(resource, env)?.cel ?? []) {
      if (issue.kind === 'not-evaluated' || issue.kind === 'blocked') continue;
      report({
        at: resource.at(issue.path),
        messageId: issue.kind === 'error' ? 'k8s/cel-rule.error' : 'k8s/cel-rule',
        params: { reason: issue.reason, message: issue.message },
        expected: shortRule(issue.rule),
        found: issue.found,
      });
    }
  },
};

export const celNotEvaluated: ResourceRule = {
  id: 'k8s/cel-not-evaluated',
  level: 'advice',
  target: 'resource',
  description:
    "A CEL rule uses a function or regular expression the validator does not implement, or the object's schema errors block the CEL rules (unknown field, type, required, enum, too long, too many, as the API server's hasBlockingErr): reported, never passed silently.",
  check(resource, report, env) {
    for (const issue of customIssuesOf(resource, env)?.cel ?? []) {
      if (issue.kind === 'blocked') report({ at: resource.at(issue.path), messageId: 'k8s/cel-not-evaluated.blocked' });
      if (issue.kind !== 'not-evaluated') continue;
      report({ at: resource.at(issue.path), params: { detail: issue.message }, expected: shortRule(issue.rule) });
    }
  },
};

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
