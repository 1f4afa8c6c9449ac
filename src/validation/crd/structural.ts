import { closest, distance } from 'fastest-levenshtein';
import { isRecord } from '../k8s/workloads.ts';
import type { PathKey } from '../types.ts';
import { checkFormat } from './formats.ts';
import type { JsonSchemaProps } from './types.ts';

/**
 * Validates a custom resource against its CRD's structural schema as the API server does (apiextensions-apiserver:
 * pruning with strict field validation, then kube-openapi's schema validation). Written by hand because no JSON
 * Schema library knows the `x-kubernetes-*` extensions (int-or-string, embedded resources, preserve-unknown-fields,
 * list types), and compiling schemas with ajv at run time needs `new Function`, which the playground's worker does
 * without. Defaults are honoured (a defaulted field is never missing), not otherwise needed.
 */

export type IssueKeyword = 'required' | 'type' | 'enum' | 'format' | 'unknown-field' | 'constraint' | 'list-type';

export interface SchemaIssue {
  keyword: IssueKeyword;
  path: PathKey[];
  params: Record<string, string | number>;
  messageId?: string;
  expected?: string;
  found?: string;
}

/** Fields every object at the root (and every embedded resource) has without the schema naming them. */
const IMPLICIT_ROOT_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

export function validateStructure(schema: JsonSchemaProps, value: unknown, kind: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  walk(schema, withDefaults(schema, value), [], issues, { kind, root: true });
  return issues;
}

interface WalkState {
  kind: string;
  root: boolean;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return `string "${value}"`;
  return `${typeof value} ${String(value)}`;
}

function typeMatches(type: string | undefined, schema: JsonSchemaProps, value: unknown): boolean {
  if (schema['x-kubernetes-int-or-string']) return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
  switch (type) {
    case undefined:
    case '':
      return true;
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true; // an unknown type is the CRD's problem (k8s/crd-schema), not the object's
  }
}

function walk(schema: JsonSchemaProps, value: unknown, path: PathKey[], issues: SchemaIssue[], state: WalkState): void {
  const expected = schema['x-kubernetes-int-or-string'] ? 'integer or string' : schema.type;
  if (!typeMatches(schema.type, schema, value)) {
    issues.push({
      keyword: 'type',
      path: [...path],
      params: { expected: expected!, found: describeValue(value) },
      expected,
      found: describeValue(value),
    });
    return;
  }
  valueConstraints(schema, value, path, issues);
  if (isRecord(value)) walkObject(schema, value, path, issues, state);
  else if (Array.isArray(value)) walkArray(schema, value, path, issues, state);
}

function walkObject(
  schema: JsonSchemaProps,
  value: Record<string, unknown>,
  path: PathKey[],
  issues: SchemaIssue[],
  state: WalkState,
): void {
  const embedded = schema['x-kubernetes-embedded-resource'] === true;
  const implicit = state.root || embedded;
  const properties = schema.properties;
  const additional = schema.additionalProperties;
  const preserve = schema['x-kubernetes-preserve-unknown-fields'] === true || additional === true;
  for (const field of schema.required ?? []) {
    if (value[field] !== undefined && value[field] !== null) continue;
    issues.push({ keyword: 'required', path: [...path, field], params: { field }, expected: field });
  }
  if (embedded) {
    for (const field of ['apiVersion', 'kind'])
      if (typeof value[field] !== 'string' || value[field] === '')
        issues.push({ keyword: 'required', path: [...path, field], params: { field }, expected: field });
  }
  for (const key in value) {
    const item = value[key];
    // metadata of the object (or of an embedded resource) is an ObjectMeta, checked as one, whatever the schema says.
    if (implicit && key === 'metadata') continue;
    const property = properties && Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (item === null && !(property ?? (isRecord(additional) ? additional : undefined))?.nullable) continue; // pruned
    path.push(key);
    if (property) walk(property, item, path, issues, { kind: state.kind, root: false });
    else if (isRecord(additional)) walk(additional, item, path, issues, { kind: state.kind, root: false });
    else if (!(implicit && IMPLICIT_ROOT_FIELDS.has(key)) && !preserve) {
      const suggestion = suggest(key, Object.keys(properties ?? {}));
      issues.push({
        keyword: 'unknown-field',
        path: [...path],
        ...(suggestion ? { messageId: 'k8s/unknown-field.suggest' } : {}),
        params: { field: key, type: typeLabel(state.kind, path.slice(0, -1)), ...(suggestion ? { suggestion } : {}) },
        found: key,
        ...(suggestion ? { expected: suggestion } : {}),
      });
    }
    path.pop();
  }
}

function walkArray(schema: JsonSchemaProps, value: unknown[], path: PathKey[], issues: SchemaIssue[], state: WalkState): void {
  const items = schema.items;
  if (items) {
    for (let index = 0; index < value.length; index++) {
      if (value[index] === null && !items.nullable) {
        issues.push({ keyword: 'type', path: [...path, index], params: { expected: items.type ?? 'a value', found: 'null' } });
        continue;
      }
      path.push(index);
      walk(items, value[index], path, issues, { kind: state.kind, root: false });
      path.pop();
    }
  }
  listType(schema, value, path, issues);
}

/** `x-kubernetes-list-type: set` items and `map` keys are unique (field.Duplicate on the second one). */
function listType(schema: JsonSchemaProps, value: unknown[], path: PathKey[], issues: SchemaIssue[]): void {
  const type = schema['x-kubernetes-list-type'];
  if (type !== 'set' && type !== 'map') return;
  const keys = schema['x-kubernetes-list-map-keys'] ?? [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    let key: string;
    if (type === 'set') key = JSON.stringify(item);
    else {
      if (!isRecord(item)) return;
      // A key field left out takes its default (e.g. protocol TCP), as the API server compares defaulted items.
      key = JSON.stringify(keys.map((k) => item[k] ?? schema.items?.properties?.[k]?.default ?? null));
    }
    if (seen.has(key)) {
      const shown = type === 'set' ? JSON.stringify(item) : keys.map((k, i) => `${k}=${JSON.stringify(JSON.parse(key)[i])}`).join(', ');
      issues.push({
        keyword: 'list-type',
        path: [...path, index],
        messageId: type === 'set' ? 'k8s/list-type.set' : 'k8s/list-type',
        params: { value: shown },
        found: shown,
      });
    }
    seen.add(key);
  });
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

const patterns = new Map<string, RegExp | null>();
function compiled(pattern: string): RegExp | null {
  let regexp = patterns.get(pattern);
  if (regexp === undefined) {
    try {
      regexp = new RegExp(pattern, 'u');
    } catch {
      regexp = null; // an RE2 construct JavaScript lacks: not checked rather than wrongly rejected
    }
    patterns.set(pattern, regexp);
  }
  return regexp;
}

function constraint(issues: SchemaIssue[], path: PathKey[], check: string, expected: string, found: string): void {
  issues.push({ keyword: 'constraint', path: [...path], params: { check, expected, found }, expected, found });
}

function inEnum(allowed: unknown[], value: unknown): boolean {
  if (value === null || typeof value !== 'object') return allowed.includes(value);
  const json = JSON.stringify(value);
  return allowed.some((a) => a !== null && typeof a === 'object' && JSON.stringify(a) === json);
}

/** A default, copied only when it is an object or a list (the copy must not be shared between objects). */
export function copyDefault(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}

/** Enum, format and the bounds (kube-openapi's validate package: the same keywords, the same order). */
function valueConstraints(schema: JsonSchemaProps, value: unknown, path: PathKey[], issues: SchemaIssue[]): void {
  if (schema.enum && !inEnum(schema.enum, value)) {
    const allowed = schema.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
    const found = typeof value === 'string' ? value : JSON.stringify(value);
    issues.push({ keyword: 'enum', path: [...path], params: { allowed, found }, expected: allowed, found });
    return;
  }
  if (typeof value === 'string') {
    if (schema.format && !checkFormat(schema.format, value))
      issues.push({ keyword: 'format', path: [...path], params: { format: schema.format, value }, expected: schema.format, found: value });
    const length = schema.minLength !== undefined || schema.maxLength !== undefined ? codePoints(value) : 0;
    if (schema.maxLength !== undefined && length > schema.maxLength)
      constraint(issues, path, 'maxLength', `at most ${schema.maxLength} characters`, `${length} characters`);
    if (schema.minLength !== undefined && length < schema.minLength)
      constraint(issues, path, 'minLength', `at least ${schema.minLength} characters`, `${length} characters`);
    if (schema.pattern !== undefined) {
      const regexp = compiled(schema.pattern);
      if (regexp && !regexp.test(value)) constraint(issues, path, 'pattern', schema.pattern, value);
    }
  } else if (typeof value === 'number') {
    const { minimum, maximum } = schema;
    if (maximum !== undefined && (schema.exclusiveMaximum ? value >= maximum : value > maximum))
      constraint(issues, path, 'maximum', `${schema.exclusiveMaximum ? 'less than' : 'at most'} ${maximum}`, String(value));
    if (minimum !== undefined && (schema.exclusiveMinimum ? value <= minimum : value < minimum))
      constraint(issues, path, 'minimum', `${schema.exclusiveMinimum ? 'greater than' : 'at least'} ${minimum}`, String(value));
    if (schema.multipleOf !== undefined && schema.multipleOf > 0 && !Number.isInteger(value / schema.multipleOf))
      constraint(issues, path, 'multipleOf', `a multiple of ${schema.multipleOf}`, String(value));
  } else if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      constraint(issues, path, 'maxItems', `at most ${schema.maxItems} items`, `${value.length} items`);
    if (schema.minItems !== undefined && value.length < schema.minItems)
      constraint(issues, path, 'minItems', `at least ${schema.minItems} items`, `${value.length} items`);
  } else if (isRecord(value)) {
    const count = Object.keys(value).length;
    if (schema.maxProperties !== undefined && count > schema.maxProperties)
      constraint(issues, path, 'maxProperties', `at most ${schema.maxProperties} entries`, `${count} entries`);
    if (schema.minProperties !== undefined && count < schema.minProperties)
      constraint(issues, path, 'minProperties', `at least ${schema.minProperties} entries`, `${count} entries`);
  }
  junctors(schema, value, path, issues);
}

/** allOf/anyOf/oneOf/not carry value validations only (a structural schema declares no fields in them). */
function junctors(schema: JsonSchemaProps, value: unknown, path: PathKey[], issues: SchemaIssue[]): void {
  const passes = (sub: JsonSchemaProps) => satisfies(sub, value);
  for (const sub of schema.allOf ?? []) if (!passes(sub)) constraint(issues, path, 'allOf', 'every allOf schema', describeValue(value));
  if (schema.anyOf && !schema.anyOf.some(passes)) constraint(issues, path, 'anyOf', 'one of the anyOf schemas', describeValue(value));
  if (schema.oneOf && schema.oneOf.filter(passes).length !== 1)
    constraint(issues, path, 'oneOf', 'exactly one of the oneOf schemas', describeValue(value));
  if (schema.not && passes(schema.not)) constraint(issues, path, 'not', 'not the schema under "not"', describeValue(value));
}

/** Whether a value meets a sub-schema of allOf/anyOf/oneOf/not: its type, required fields and value validations, nested. */
function satisfies(schema: JsonSchemaProps, value: unknown): boolean {
  if (!typeMatches(schema.type, schema, value)) return false;
  const found: SchemaIssue[] = [];
  valueConstraints(schema, value, [], found);
  if (found.length > 0) return false;
  if (isRecord(value)) {
    if ((schema.required ?? []).some((field) => value[field] === undefined)) return false;
    for (const [key, sub] of Object.entries(schema.properties ?? {}))
      if (value[key] !== undefined && value[key] !== null && !satisfies(sub, value[key])) return false;
  } else if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    if (!value.every((item) => satisfies(items, item))) return false;
  }
  return true;
}

/** The object after defaulting (the API server validates what it would store): absent fields with a default get it. */
export function withDefaults(schema: JsonSchemaProps | undefined, value: unknown): unknown {
  if (!schema) return value;
  if (Array.isArray(value)) return schema.items ? value.map((item) => withDefaults(schema.items, item)) : value;
  if (!isRecord(value)) return value;
  const additional = isRecord(schema.additionalProperties) ? schema.additionalProperties : undefined;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = withDefaults(schema.properties?.[key] ?? additional, value[key]);
  for (const [key, sub] of Object.entries(schema.properties ?? {}))
    if (out[key] === undefined && sub.default !== undefined) out[key] = withDefaults(sub, copyDefault(sub.default));
  return out;
}

/** The declared field a typo most likely meant (the same bound as for built-in kinds). */
function suggest(field: string, known: string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = field.toLowerCase();
  const caseOnly = known.find((k) => k.toLowerCase() === lower);
  if (caseOnly) return caseOnly;
  const best = closest(field, known);
  return distance(best, field) <= Math.max(2, Math.floor(field.length / 3)) ? best : undefined;
}

/** `HTTPRoute spec.rules[0]`: where in the custom resource an unknown field is (a CRD schema has no type names). */
function typeLabel(kind: string, path: PathKey[]): string {
  let out = kind;
  let first = true;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      out += first ? ` ${key}` : `.${key}`;
      first = false;
    }
  }
  return out;
}
