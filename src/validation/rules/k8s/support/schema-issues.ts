import { pointerToPath, valueAt } from '../../../json-path.ts';
import { readsDifferentlyInYaml12 } from '../../../kubectl-yaml.ts';
import type { Resource } from '../../../resource.ts';
import { isServed, validateSchema } from '../../../schema/kubernetes.ts';
import type { AjvError } from '../../../schema/validator-types.ts';
import type { PathKey } from '../../../types.ts';
import type { ResourceRule } from '../../rule.ts';
import { customIssuesOf } from './custom-issues.ts';

/**
 * Types, required fields, enums and formats from the precompiled kubernetes-models validators (generated from the
 * Kubernetes OpenAPI spec). The validator runs once per resource; four rules (k8s/required-field, k8s/type, k8s/enum,
 * k8s/format) share its result by keyword, each made by `schemaRule`.
 */

interface SchemaIssue {
  keyword: 'required' | 'type' | 'enum' | 'format';
  path: PathKey[];
  params: Record<string, string | number>;
  expected?: string;
  found?: string;
}

const cache = new WeakMap<Resource, SchemaIssue[]>();

function issuesOf(resource: Resource): SchemaIssue[] {
  let issues = cache.get(resource);
  if (!issues) {
    issues = isServed(resource.apiVersion, resource.kind)
      ? toIssues(validateSchema(resource.apiVersion, resource.kind, resource.value), resource.value)
      : [];
    cache.set(resource, issues);
  }
  return issues;
}

/** int-or-string and quantity are `anyOf`/`oneOf` in the schema: one problem per value, not one per branch. */
function toIssues(errors: AjvError[], data: unknown): SchemaIssue[] {
  const byPath = new Map<string, AjvError[]>();
  for (const error of errors) {
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const issues: SchemaIssue[] = [];
  for (const [pointer, list] of byPath) {
    const path = pointerToPath(pointer, data);
    const value = valueAt(data, path);
    const union = list.find((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    if (union) {
      const branches = list.filter((e) => e.keyword === 'type').map((e) => String(e.params.type));
      const formats = list.filter((e) => e.keyword === 'format').map((e) => String(e.params.format));
      if (formats.length > 0 && typeof value === 'string') {
        issues.push({ keyword: 'format', path, params: { format: formats[0]!, value }, expected: formats[0], found: value });
      } else {
        const expected = [...new Set(branches)].join(' or ') || 'a valid value';
        issues.push({ keyword: 'type', path, params: { expected, found: describe(value) }, expected, found: describe(value) });
      }
      continue;
    }
    for (const error of list) {
      switch (error.keyword) {
        case 'required': {
          const field = String(error.params.missingProperty);
          issues.push({ keyword: 'required', path: [...path, field], params: { field }, expected: field });
          break;
        }
        case 'type':
          issues.push({
            keyword: 'type',
            path,
            params: { expected: String(error.params.type), found: describe(value) },
            expected: String(error.params.type),
            found: describe(value),
          });
          break;
        case 'enum': {
          const allowed = (error.params.allowedValues as unknown[]).map(String).join(', ');
          issues.push({ keyword: 'enum', path, params: { allowed, found: String(value) }, expected: allowed, found: String(value) });
          break;
        }
        case 'format':
          issues.push({
            keyword: 'format',
            path,
            params: { format: String(error.params.format), value: String(value) },
            expected: String(error.params.format),
            found: String(value),
          });
          break;
        default:
          // kubernetes-models 5.1 emits only type/required/enum/format (and oneOf, above); anything new is a type-like problem.
          issues.push({
            keyword: 'type',
            path,
            params: { expected: `${error.keyword} ${JSON.stringify(error.params)}`, found: describe(value) },
          });
      }
    }
  }
  return issues;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return `string "${value}"`;
  return `${typeof value} ${String(value)}`;
}

/**
 * A type error whose value kubectl read as YAML 1.1 (`NO` → false, `0644` → 420, `on` → true) while the text looks
 * like a string (or another number) to anyone reading it as YAML 1.2: the message says so, and how to quote it.
 */
function yaml11Explanation(resource: Resource, issue: SchemaIssue): { messageId?: string; params?: Record<string, string | number> } {
  if (issue.keyword !== 'type') return {};
  const source = resource.plainSource(issue.path);
  if (source === undefined || !readsDifferentlyInYaml12(source)) return {};
  const wantsString = String(issue.params.expected).includes('string');
  return { messageId: wantsString ? 'k8s/type.yaml11-quote' : 'k8s/type.yaml11', params: { ...issue.params, source } };
}

/** A missing field is reported on the object that lacks it (its key), with the path of the missing field. */
function locate(resource: Resource, path: PathKey[], keyword: string) {
  if (keyword !== 'required') return resource.at(path);
  const at = resource.at(path.slice(0, -1), { key: true });
  at.path = resource.at(path).path;
  return at;
}

export function schemaRule(id: string, keyword: SchemaIssue['keyword'], description: string): ResourceRule {
  return {
    id,
    level: 'api',
    target: 'resource',
    description,
    check(resource, report, env) {
      for (const issue of customIssuesOf(resource, env)?.schema ?? []) {
        if (issue.keyword !== keyword) continue;
        report({ at: locate(resource, issue.path, keyword), params: issue.params, expected: issue.expected, found: issue.found });
      }
      for (const issue of issuesOf(resource)) {
        if (issue.keyword !== keyword) continue;
        report({
          at: locate(resource, issue.path, keyword),
          params: issue.params,
          expected: issue.expected,
          found: issue.found,
          ...yaml11Explanation(resource, issue),
        });
      }
    },
  };
}
