import { type CelIssue, evaluateRules } from '../../../crd/cel.ts';
import type { CustomKind } from '../../../crd/definitions.ts';
import { type SchemaIssue, validateStructure } from '../../../crd/structural.ts';
import type { Resource } from '../../../resource.ts';
import { findUnknownFieldsOfType, isServed } from '../../../schema/kubernetes.ts';
import type { ResourceRule, RuleEnv } from '../../rule.ts';

/**
 * Custom resources, validated against the CRD (of this run, of `--crd`, or of a bundled snapshot) that serves their
 * apiVersion: the structural schema, then its CEL rules. The result is computed once per resource; the schema rules
 * (k8s/type, k8s/required-field …), k8s/schema-constraint and k8s/list-type (made by `issueRule`), k8s/cel-rule,
 * k8s/cel-not-evaluated and k8s/crd-scope report their share of it.
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

export function issueRule(id: string, keyword: SchemaIssue['keyword'], description: string): ResourceRule {
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

const RULE_TEXT_LIMIT = 160;
/** A CEL rule as the `expected` of a problem: long rules are cut. */
export const shortRule = (rule: string) => (rule.length > RULE_TEXT_LIMIT ? `${rule.slice(0, RULE_TEXT_LIMIT - 1)}…` : rule);
