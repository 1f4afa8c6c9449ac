import { type CelIssue, evaluateRules } from '../../crd/cel.ts';
import type { CustomKind } from '../../crd/definitions.ts';
import { type SchemaIssue, validateStructure } from '../../crd/structural.ts';
import type { Resource } from '../../resource.ts';
import { findUnknownFieldsOfType, isServed } from '../../schema/kubernetes.ts';
import type { ResourceRule, RuleEnv } from '../rule.ts';

/**
 * Custom resources, validated against the CRD (of this run, of `--crd`, or of a bundled snapshot) that serves their
 * apiVersion: the structural schema, then its CEL rules. The result is computed once per resource; the schema rules
 * (k8s/type, k8s/required-field …) and the rules below report their share of it.
 */

export interface CustomIssues {
  custom: CustomKind;
  schema: SchemaIssue[];
  cel: CelIssue[];
}

const cache = new WeakMap<Resource, CustomIssues | null>();

export function customIssuesOf(resource: Resource, env: RuleEnv): CustomIssues | null {
  let issues = cache.get(resource);
  if (issues === undefined) {
    issues = null;
    const custom = isServed(resource.apiVersion, resource.kind) ? undefined : env.crds?.lookup(resource.apiVersion, resource.kind);
    const schema = custom?.version?.schema;
    if (custom && schema) {
      const structural = validateStructure(schema, resource.value, resource.kind);
      const metadata = resource.value.metadata;
      for (const unknown of findUnknownFieldsOfType('V1ObjectMeta', metadata, ['metadata']))
        structural.push({
          keyword: 'unknown-field',
          path: unknown.path,
          params: { field: unknown.field, type: 'ObjectMeta' },
          found: unknown.field,
        });
      // As the API server: an unknown field fails decoding, and type, required, enum and too-long/too-many errors block
      // the CEL rules (hasBlockingErr); bounds, patterns and duplicates do not. Blocked rules are said to be blocked.
      const cel: CelIssue[] = structural.some(isBlocking)
        ? [{ kind: 'blocked', path: [], rule: '', message: '', reason: '', found: '' }]
        : evaluateRules(schema, resource.value);
      issues = { custom, schema: structural, cel };
    }
    cache.set(resource, issues);
  }
  return issues;
}

const BLOCKING_CONSTRAINTS = new Set(['maxLength', 'maxItems', 'maxProperties']);
function isBlocking(issue: SchemaIssue): boolean {
  if (issue.keyword === 'constraint') return BLOCKING_CONSTRAINTS.has(String(issue.params.check));
  return issue.keyword !== 'format' && issue.keyword !== 'list-type';
}

function issueRule(id: string, keyword: SchemaIssue['keyword'], description: string): ResourceRule {
  return {
    id,
    level: 'api',
    target: 'resource',
    description,
    check(resource, report, env) {
      for (const issue of customIssuesOf(resource, env)?.schema ?? []) {
        if (issue.keyword !== keyword) continue;
        report({
          at: resource.at(issue.path),
          ...(issue.messageId ? { messageId: issue.messageId } : {}),
          params: issue.params,
          expected: issue.expected,
          found: issue.found,
        });
      }
    },
  };
}

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

const RULE_TEXT_LIMIT = 160;
const shortRule = (rule: string) => (rule.length > RULE_TEXT_LIMIT ? `${rule.slice(0, RULE_TEXT_LIMIT - 1)}…` : rule);

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
