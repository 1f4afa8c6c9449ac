import { isRecord } from '../k8s/workloads.ts';
import type { JsonSchemaProps, ValidationRule } from './types.ts';

/**
 * A CRD's schema as typed data: a keyword of the wrong type (`anyOf: true`, `required: 42`) is dropped, so validating
 * custom resources never trips over it. The CRD itself gets the problem from its own schema (k8s/type on the CRD).
 */
export function sanitizeSchema(raw: unknown): JsonSchemaProps {
  if (!isRecord(raw)) return {};
  const out: JsonSchemaProps = {};
  const put = <K extends keyof JsonSchemaProps>(key: K, value: JsonSchemaProps[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  const string = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const boolean = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined);
  const schemas = (v: unknown) => (Array.isArray(v) ? v.filter(isRecord).map(sanitizeSchema) : undefined);
  put('type', string(raw.type));
  put('format', string(raw.format));
  put('pattern', string(raw.pattern));
  for (const key of [
    'minimum',
    'maximum',
    'multipleOf',
    'minLength',
    'maxLength',
    'minItems',
    'maxItems',
    'minProperties',
    'maxProperties',
  ] as const)
    put(key, number(raw[key]));
  for (const key of [
    'exclusiveMinimum',
    'exclusiveMaximum',
    'nullable',
    'uniqueItems',
    'x-kubernetes-preserve-unknown-fields',
    'x-kubernetes-int-or-string',
    'x-kubernetes-embedded-resource',
  ] as const)
    put(key, boolean(raw[key]));
  put('required', strings(raw.required));
  put('x-kubernetes-list-map-keys', strings(raw['x-kubernetes-list-map-keys']));
  put('x-kubernetes-list-type', string(raw['x-kubernetes-list-type']));
  put('x-kubernetes-map-type', string(raw['x-kubernetes-map-type']));
  if (Array.isArray(raw.enum)) out.enum = raw.enum;
  if (raw.default !== undefined) out.default = raw.default;
  if (isRecord(raw.properties)) {
    const properties: Record<string, JsonSchemaProps> = {};
    for (const [name, sub] of Object.entries(raw.properties)) properties[name] = sanitizeSchema(sub);
    out.properties = properties;
  }
  if (isRecord(raw.additionalProperties)) out.additionalProperties = sanitizeSchema(raw.additionalProperties);
  else if (typeof raw.additionalProperties === 'boolean') out.additionalProperties = raw.additionalProperties;
  if (isRecord(raw.items)) out.items = sanitizeSchema(raw.items);
  if (isRecord(raw.not)) out.not = sanitizeSchema(raw.not);
  put('allOf', schemas(raw.allOf));
  put('anyOf', schemas(raw.anyOf));
  put('oneOf', schemas(raw.oneOf));
  if (Array.isArray(raw['x-kubernetes-validations'])) {
    const rules: ValidationRule[] = [];
    for (const rule of raw['x-kubernetes-validations']) {
      if (!isRecord(rule) || typeof rule.rule !== 'string') continue;
      const clean: ValidationRule = { rule: rule.rule };
      for (const key of ['message', 'messageExpression', 'reason', 'fieldPath'] as const)
        if (typeof rule[key] === 'string') clean[key] = rule[key];
      rules.push(clean);
    }
    out['x-kubernetes-validations'] = rules;
  }
  return out;
}
