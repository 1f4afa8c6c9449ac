import { isRecord } from '../k8s/workloads.ts';
import type { PathKey } from '../types.ts';

/**
 * Well-formedness of a CRD's openAPIV3Schema as the API server checks it on create
 * (apiextensions-apiserver: pkg/apis/apiextensions/validation/validation.go and the structural-schema rules of
 * pkg/apiserver/schema/validation.go). Each finding carries a message id (`k8s/crd-schema.<code>`) and where it is.
 */
export interface SchemaProblem {
  code: string;
  path: PathKey[];
  params: Record<string, string>;
}

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];
const LIST_TYPES = ['atomic', 'set', 'map'];
const MAP_TYPES = ['atomic', 'granular'];
const REASONS = ['FieldValueDuplicate', 'FieldValueForbidden', 'FieldValueInvalid', 'FieldValueRequired'];
/** Keywords a schema under allOf/anyOf/oneOf/not must not set to be structural (value validations only). */
const NESTED_FORBIDDEN = [
  'type',
  'additionalProperties',
  'default',
  'description',
  'title',
  'nullable',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
  'x-kubernetes-int-or-string',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-list-type',
  'x-kubernetes-map-type',
];

type Level = 'root' | 'field' | 'item';

export function checkCrdSchema(schema: unknown, base: PathKey[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const add = (code: string, path: PathKey[], params: Record<string, string> = {}) => problems.push({ code, path, params });
  visit(schema, base, 'root', add);
  return problems;
}

type Add = (code: string, path: PathKey[], params?: Record<string, string>) => void;

function isIntOrStringAnyOf(anyOf: unknown): boolean {
  return (
    Array.isArray(anyOf) &&
    anyOf.length === 2 &&
    isRecord(anyOf[0]) &&
    isRecord(anyOf[1]) &&
    Object.keys(anyOf[0]).join() === 'type' &&
    Object.keys(anyOf[1]).join() === 'type' &&
    anyOf[0].type === 'integer' &&
    anyOf[1].type === 'string'
  );
}

function visit(s: unknown, path: PathKey[], level: Level, add: Add): void {
  if (!isRecord(s)) return;
  const type = typeof s.type === 'string' ? s.type : '';
  const preserve = s['x-kubernetes-preserve-unknown-fields'];
  const intOrString = s['x-kubernetes-int-or-string'] === true;
  const embedded = s['x-kubernetes-embedded-resource'] === true;
  const properties = isRecord(s.properties) ? s.properties : undefined;
  const additional = s.additionalProperties;

  if (type !== '' && !TYPES.includes(type)) add('type', [...path, 'type'], { value: type, supported: TYPES.join(', ') });
  if (embedded && type !== 'object') add('embedded-type', [...path, 'type']);
  else if (type === '' && !intOrString && preserve !== true) add(`empty-type-${level}`, [...path, 'type']);
  if (level === 'root' && type !== '' && type !== 'object') add('root-type', [...path, 'type'], { value: type });
  if (level === 'root' && additional !== undefined) add('root-additional', [...path, 'additionalProperties']);
  if (type === 'array' && s.items === undefined) add('items-required', [...path, 'items']);
  if (Array.isArray(s.items)) add('items-array', [...path, 'items']);
  if (properties && Object.keys(properties).length > 0 && additional !== undefined && additional !== true)
    add('properties-additional', [...path, 'additionalProperties']);
  if (s.uniqueItems === true) add('unique-items', [...path, 'uniqueItems']);
  if (s.$ref !== undefined) add('ref', [...path, '$ref']);
  if (preserve === false) add('preserve-false', [...path, 'x-kubernetes-preserve-unknown-fields']);
  if (intOrString && preserve === true)
    add('int-or-string-with', [...path, 'x-kubernetes-preserve-unknown-fields'], { extension: 'x-kubernetes-preserve-unknown-fields' });
  if (intOrString && embedded)
    add('int-or-string-with', [...path, 'x-kubernetes-embedded-resource'], { extension: 'x-kubernetes-embedded-resource' });
  if (embedded && additional !== undefined) add('embedded-additional', [...path, 'additionalProperties']);
  if (embedded && preserve !== true && (!properties || Object.keys(properties).length === 0))
    add('embedded-properties', [...path, 'properties']);
  if ((level === 'root' || embedded) && properties && isRecord(properties.metadata))
    checkMetadata(properties.metadata, [...path, 'properties', 'metadata'], level, add);
  listAndMapTypes(s, type, path, add);
  rules(s, path, add);

  if (properties) for (const [name, sub] of Object.entries(properties)) visit(sub, [...path, 'properties', name], 'field', add);
  if (isRecord(s.items)) visit(s.items, [...path, 'items'], 'item', add);
  if (isRecord(additional)) visit(additional, [...path, 'additionalProperties'], 'field', add);
  for (const junctor of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = s[junctor];
    if (!Array.isArray(list) || (junctor === 'anyOf' && isIntOrStringAnyOf(list))) continue;
    for (const [index, sub] of list.entries()) nested(sub, [...path, junctor, index], add);
  }
  if (s.not !== undefined) nested(s.not, [...path, 'not'], add);
}

function checkMetadata(metadata: Record<string, unknown>, path: PathKey[], level: Level, add: Add): void {
  if (metadata.type !== 'object') add('metadata-type', [...path, 'type']);
  if (level !== 'root') return;
  const allowed = new Set(['type', 'properties', 'description']);
  const properties = isRecord(metadata.properties) ? Object.keys(metadata.properties) : [];
  if (Object.keys(metadata).some((k) => !allowed.has(k)) || properties.some((p) => p !== 'name' && p !== 'generateName'))
    add('metadata-restricted', path);
}

function listAndMapTypes(s: Record<string, unknown>, type: string, path: PathKey[], add: Add): void {
  const listType = s['x-kubernetes-list-type'];
  const keys = s['x-kubernetes-list-map-keys'];
  const mapType = s['x-kubernetes-map-type'];
  if (mapType !== undefined && type !== 'object') add('map-type-object', [...path, 'type']);
  if (mapType !== undefined && !MAP_TYPES.includes(String(mapType)))
    add('unsupported', [...path, 'x-kubernetes-map-type'], { value: String(mapType), supported: MAP_TYPES.join(', ') });
  if (listType !== undefined && type !== 'array') add('list-type-array', [...path, 'type']);
  if (listType !== undefined && !LIST_TYPES.includes(String(listType)))
    add('unsupported', [...path, 'x-kubernetes-list-type'], { value: String(listType), supported: LIST_TYPES.join(', ') });
  if (Array.isArray(keys) && keys.length > 0 && listType !== 'map') add('map-keys-need-map', [...path, 'x-kubernetes-list-type']);
  if (listType !== 'map') return;
  if (!Array.isArray(keys) || keys.length === 0) add('map-keys-required', [...path, 'x-kubernetes-list-map-keys']);
  const items = isRecord(s.items) ? s.items : undefined;
  if (!items) return;
  if (items.type !== 'object') {
    add('map-items-object', [...path, 'items', 'type']);
    return;
  }
  const itemProperties = isRecord(items.properties) ? items.properties : {};
  for (const key of Array.isArray(keys) ? keys : []) {
    const property = itemProperties[String(key)];
    if (!isRecord(property)) add('map-key-property', [...path, 'x-kubernetes-list-map-keys'], { key: String(key) });
    else if (property.type === 'array' || property.type === 'object')
      add('map-key-scalar', [...path, 'items', 'properties', String(key), 'type'], { key: String(key) });
  }
}

function rules(s: Record<string, unknown>, path: PathKey[], add: Add): void {
  const list = s['x-kubernetes-validations'];
  if (!Array.isArray(list)) return;
  list.forEach((rule, index) => {
    if (!isRecord(rule)) return;
    const at = [...path, 'x-kubernetes-validations', index];
    const text = typeof rule.rule === 'string' ? rule.rule.trim() : '';
    const message = typeof rule.message === 'string' ? rule.message.trim() : '';
    if (text === '') add('rule-empty', [...at, 'rule']);
    else if (/[\r\n]/.test(message)) add('message-line-breaks', [...at, 'message']);
    else if (/[\r\n]/.test(text) && message === '') add('message-required', [...at, 'message']);
    if (rule.reason !== undefined && !REASONS.includes(String(rule.reason)))
      add('unsupported', [...at, 'reason'], { value: String(rule.reason), supported: REASONS.join(', ') });
  });
}

function nested(s: unknown, path: PathKey[], add: Add): void {
  if (!isRecord(s)) return;
  for (const keyword of NESTED_FORBIDDEN)
    if (s[keyword] !== undefined && s[keyword] !== false) add('nested-forbidden', [...path, keyword], { keyword });
  if (isRecord(s.properties)) {
    if (s.properties.metadata !== undefined) add('nested-metadata', [...path, 'properties', 'metadata']);
    for (const [name, sub] of Object.entries(s.properties)) nested(sub, [...path, 'properties', name], add);
  }
  if (isRecord(s.items)) nested(s.items, [...path, 'items'], add);
  for (const junctor of ['allOf', 'anyOf', 'oneOf'] as const)
    if (Array.isArray(s[junctor])) for (const [i, sub] of (s[junctor] as unknown[]).entries()) nested(sub, [...path, junctor, i], add);
  if (s.not !== undefined) nested(s.not, [...path, 'not'], add);
}
