import { isRecord } from '../k8s/workloads.ts';
import type { PathKey } from '../types.ts';
import { celEnvironment, HAS_ANY, RE2_MATCHES, UnsupportedRegex } from './cel-library.ts';
import { copyDefault } from './structural.ts';
import type { JsonSchemaProps, ValidationRule } from './types.ts';

/**
 * `x-kubernetes-validations` rules, evaluated as the API server does on create: each rule of a schema node runs with
 * `self` bound to the value there (when it is present), on the object after defaulting, with integers as CEL ints.
 * Transition rules (those that use `oldSelf`) need the stored object and are skipped: this is create-time validation.
 * CEL cost limits (estimated and runtime cost budgets) are not applied.
 */

export interface CelIssue {
  /** `blocked`: not run at all, because the object has schema errors that block CEL validation. */
  kind: 'failed' | 'error' | 'not-evaluated' | 'blocked';
  path: PathKey[];
  rule: string;
  message: string;
  reason: string;
  found: string;
}

type Program = (context: { self: unknown }) => unknown;
interface Compiled {
  program?: Program;
  problem?: string;
}

const compiledRules = new Map<string, Compiled>();

export function compileRule(rule: string): Compiled {
  let compiled = compiledRules.get(rule);
  if (compiled) return compiled;
  const env = celEnvironment();
  const attempt = (text: string): Compiled => {
    try {
      const checked = env.check(text);
      if (!checked.valid) return { problem: firstLine(checked.error?.message) };
      return { program: env.parse(text) as unknown as Program };
    } catch (error) {
      return { problem: firstLine(error instanceof Error ? error.message : String(error)) };
    }
  };
  // `.matches(` is a method call (a field named `matches` is followed by `.` or `[`, not `(`).
  const text = rule.replace(/\.matches\(/g, `.${RE2_MATCHES}(`);
  compiled = attempt(text);
  if (compiled.problem?.includes('has() invalid argument')) {
    const retry = attempt(text.replace(/\bhas\(/g, `${HAS_ANY}(`));
    if (retry.program) compiled = retry;
  }
  compiledRules.set(rule, compiled);
  return compiled;
}

function firstLine(text: string | undefined): string {
  return (text ?? 'unknown error').split('\n')[0]!.trim();
}

const TRANSITION = /\boldSelf\b/;

/** Evaluates every rule of the schema tree against `value` (the object as written; defaults are applied here). */
export function evaluateRules(schema: JsonSchemaProps, value: unknown): CelIssue[] {
  const issues: CelIssue[] = [];
  visit(schema, value, toCel(schema, value), [], issues);
  return issues;
}

function visit(schema: JsonSchemaProps, value: unknown, cel: unknown, path: PathKey[], issues: CelIssue[]): void {
  if (value === undefined || value === null) return;
  for (const rule of schema['x-kubernetes-validations'] ?? []) runRule(rule, cel, value, path, issues);
  if (isRecord(value) && isRecord(cel)) {
    const properties = schema.properties ?? {};
    for (const [key, sub] of Object.entries(properties)) {
      const name = escapeProperty(key);
      if (cel[name] === undefined) continue;
      // A defaulted field is not in the file: its rules run on the default, located at the field's path.
      visit(sub, Object.hasOwn(value, key) ? value[key] : cel[name], cel[name], [...path, key], issues);
    }
    const additional = isRecord(schema.additionalProperties) ? schema.additionalProperties : undefined;
    if (additional)
      for (const key in cel) if (!Object.hasOwn(properties, key)) visit(additional, value[key], cel[key], [...path, key], issues);
  } else if (Array.isArray(value) && Array.isArray(cel) && schema.items) {
    for (let index = 0; index < cel.length; index++) visit(schema.items, value[index], cel[index], [...path, index], issues);
  }
}

function runRule(rule: ValidationRule, self: unknown, value: unknown, path: PathKey[], issues: CelIssue[]): void {
  if (typeof rule.rule !== 'string' || TRANSITION.test(rule.rule)) return;
  const at = rule.fieldPath ? [...path, ...parseFieldPath(rule.fieldPath)] : path;
  const found = isRecord(value) ? 'object' : Array.isArray(value) ? 'array' : JSON.stringify(value);
  const reason = reasonText(rule.reason);
  const compiled = compileRule(rule.rule);
  if (!compiled.program) {
    issues.push({ kind: 'not-evaluated', path, rule: rule.rule, message: compiled.problem ?? '', reason, found });
    return;
  }
  let result: unknown;
  try {
    result = compiled.program({ self });
  } catch (error) {
    if (error instanceof UnsupportedRegex || (error as { cause?: unknown })?.cause instanceof UnsupportedRegex) {
      issues.push({ kind: 'not-evaluated', path, rule: rule.rule, message: firstLine((error as Error).message), reason, found });
      return;
    }
    issues.push({
      kind: 'error',
      path,
      rule: rule.rule,
      message: firstLine(error instanceof Error ? error.message : String(error)),
      reason,
      found,
    });
    return;
  }
  if (result === true) return;
  if (result !== false) {
    issues.push({ kind: 'error', path, rule: rule.rule, message: 'the rule did not return a bool', reason, found });
    return;
  }
  issues.push({ kind: 'failed', path: at, rule: rule.rule, message: messageOf(rule, self), reason, found });
}

/** messageExpression first (when it evaluates to a string), then message, then the API server's default. */
function messageOf(rule: ValidationRule, self: unknown): string {
  if (rule.messageExpression) {
    const compiled = compileRule(rule.messageExpression);
    try {
      const text = compiled.program?.({ self });
      if (typeof text === 'string' && text !== '') return text;
    } catch {
      // the API server falls back to message, too
    }
  }
  return rule.message || `failed rule: ${rule.rule}`;
}

const REASONS: Record<string, string> = {
  FieldValueInvalid: 'Invalid value',
  FieldValueForbidden: 'Forbidden',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
};
function reasonText(reason: string | undefined): string {
  return REASONS[reason ?? 'FieldValueInvalid'] ?? 'Invalid value';
}

/** `.spec.ports`, `.labels['app.kubernetes.io/name']`, `.items[0]`: the fieldPath forms the API server accepts. */
export function parseFieldPath(fieldPath: string): PathKey[] {
  const keys: PathKey[] = [];
  const pattern = /\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'((?:[^'\\]|\\.)*)'\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\[(\d+)\]/y;
  pattern.lastIndex = 0;
  while (pattern.lastIndex < fieldPath.length) {
    const match = pattern.exec(fieldPath);
    if (!match) break;
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(match[2]);
    else if (match[3] !== undefined) keys.push(match[3]);
    else keys.push(Number(match[4]));
  }
  return keys;
}

/** CEL's reserved words: a property of that name is `__name__` in a rule (k8s.io/apiserver/pkg/cel escaping). */
const RESERVED = new Set(
  'true false null in as break const continue else for function if import let loop package namespace return var void while'.split(' '),
);

/** A schema property's name as rules write it: `x-port` is `x__dash__port`, `namespace` is `__namespace__`. */
export function escapeProperty(name: string): string {
  if (RESERVED.has(name)) return `__${name}__`;
  return name.replace(/__|[.\-/]/g, (m) => (m === '__' ? '__underscores__' : m === '.' ? '__dot__' : m === '-' ? '__dash__' : '__slash__'));
}

/**
 * The value as CEL sees it: defaults applied, integers (and integer-valued untyped numbers) as CEL ints, declared
 * properties under their escaped names (map keys of additionalProperties stay as they are).
 */
export function toCel(schema: JsonSchemaProps | undefined, value: unknown): unknown {
  if (typeof value === 'number') {
    if (schema?.type === 'number') return value;
    return Number.isInteger(value) ? BigInt(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => toCel(schema?.items, item));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    const additional = isRecord(schema?.additionalProperties) ? schema.additionalProperties : undefined;
    for (const key in value) {
      const item = value[key];
      const property = schema?.properties?.[key];
      const sub = property ?? additional;
      if (item === null && !sub?.nullable) continue; // pruned, as for validation
      out[property ? escapeProperty(key) : key] = toCel(sub, item);
    }
    for (const [key, sub] of Object.entries(schema?.properties ?? {})) {
      const name = escapeProperty(key);
      if (out[name] === undefined && sub.default !== undefined) out[name] = toCel(sub, copyDefault(sub.default));
    }
    return out;
  }
  return value;
}
