import { closest, distance } from 'fastest-levenshtein';
import type { PathKey } from '../types.ts';
import fieldIndexJson from './field-index.json' with { type: 'json' };
import { toolConfigOf } from './tool-configs.ts';
import type { AjvError, ValidateFunction } from './validator-types.ts';
import { validators } from './validators.generated.ts';

/**
 * The Kubernetes schema for one pinned release: which kinds are served, their precompiled validators
 * (kubernetes-models) and the known fields of every type (the committed index, see scripts/gen-schema-index.ts).
 */

interface FieldIndex {
  kubernetesVersion: string;
  sources: Record<string, string>;
  kinds: Record<string, { schema: string; type: string }>;
  notServed: string[];
  types: Record<string, Record<string, string>>;
}

const fieldIndex = fieldIndexJson as FieldIndex;
const notServed = new Set(fieldIndex.notServed);

export const KUBERNETES_VERSION = fieldIndex.kubernetesVersion;

export function kindKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

export function isServed(apiVersion: string, kind: string): boolean {
  return Object.hasOwn(fieldIndex.kinds, kindKey(apiVersion, kind));
}

/** A tool's configuration file (kind's Cluster) rather than a Kubernetes object. */
export function isToolConfig(apiVersion: string, kind: string): boolean {
  return toolConfigOf(apiVersion, kind) !== undefined;
}

export function isNoLongerServed(apiVersion: string, kind: string): boolean {
  return notServed.has(kindKey(apiVersion, kind));
}

/** apiVersions that serve `kind` (for "did you mean apps/v1?"), and all kinds when nothing matches. */
export function apiVersionsOf(kind: string): string[] {
  return Object.keys(fieldIndex.kinds)
    .filter((key) => key.slice(key.lastIndexOf('/') + 1) === kind)
    .map((key) => key.slice(0, key.lastIndexOf('/')));
}

export function servedKinds(): string[] {
  return [...new Set(Object.keys(fieldIndex.kinds).map((key) => key.slice(key.lastIndexOf('/') + 1)))].sort();
}

export function closestKind(kind: string): string | undefined {
  const kinds = servedKinds();
  const best = closest(kind, kinds);
  return best && distance(best.toLowerCase(), kind.toLowerCase()) <= Math.max(2, Math.floor(kind.length / 3)) ? best : undefined;
}

const loaded = new Map<string, ValidateFunction>();

/** Loads the validators of the given kinds (lazily, so a browser bundle fetches only what it needs). */
export async function loadValidators(keys: Iterable<string>): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const key of keys) {
    const entry = fieldIndex.kinds[key];
    if (!entry || loaded.has(entry.schema)) continue;
    const load = validators[entry.schema];
    if (!load) continue;
    pending.push(load().then((module) => void loaded.set(entry.schema, module.validate)));
  }
  await Promise.all(pending);
}

/** Runs the precompiled validator of a kind; call loadValidators first. */
export function validateSchema(apiVersion: string, kind: string, value: unknown): AjvError[] {
  const entry = fieldIndex.kinds[kindKey(apiVersion, kind)];
  const validate = entry && loaded.get(entry.schema);
  if (!validate) return [];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

export interface UnknownField {
  path: PathKey[];
  field: string;
  type: string;
  suggestion?: string;
}

/** Fields the kind's type (or any nested type) does not define: kubeconform `-strict`, the API server's strict decoding. */
export function findUnknownFields(apiVersion: string, kind: string, value: unknown): UnknownField[] {
  const entry = fieldIndex.kinds[kindKey(apiVersion, kind)];
  const found: UnknownField[] = [];
  if (entry) walk(value, entry.type, [], found, fieldIndex.types);
  const tool = toolConfigOf(apiVersion, kind);
  if (tool) walk(value, tool.root, [], found, tool.types);
  return found;
}

/** The field-index type of a served kind's object (`V1Deployment`), or undefined. */
export function rootTypeOf(apiVersion: string, kind: string): string | undefined {
  return fieldIndex.kinds[kindKey(apiVersion, kind)]?.type;
}

/** The fields of a field-index type and their types (`Array<V1Container>`, `{ [key: string]: string; }`, `V1ObjectMeta`). */
export function fieldsOf(type: string): Record<string, string> | undefined {
  return fieldIndex.types[type];
}

/** Unknown fields of a value of one Kubernetes type (`V1ObjectMeta` of a custom resource), with `path` as prefix. */
export function findUnknownFieldsOfType(type: string, value: unknown, path: PathKey[]): UnknownField[] {
  const found: UnknownField[] = [];
  walk(value, type, [...path], found, fieldIndex.types);
  return found;
}

const ARRAY = /^Array<(.+)>$/;
const MAP = /^\{ \[key: string\]: (.+); \}$/;

/** What a type string is (`Array<T>`, a map of T, or a named type), parsed once per distinct string. */
type Shape = { kind: 'array' | 'map'; inner: string } | { kind: 'named' };
const shapes = new Map<string, Shape>();
function shapeOf(type: string): Shape {
  let shape = shapes.get(type);
  if (!shape) {
    const array = ARRAY.exec(type);
    const map = array ? null : MAP.exec(type);
    shape = array ? { kind: 'array', inner: array[1]! } : map ? { kind: 'map', inner: map[1]! } : { kind: 'named' };
    shapes.set(type, shape);
  }
  return shape;
}

/** Walks a value along its type; `path` is one mutable stack (copied only when a field is reported), for speed. */
function walk(value: unknown, type: string, path: PathKey[], found: UnknownField[], types: Record<string, Record<string, string>>): void {
  if (value === null || typeof value !== 'object') return;
  const shape = shapeOf(type);
  if (shape.kind === 'array') {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walk(value[index], shape.inner, path, found, types);
      path.pop();
    }
    return;
  }
  if (shape.kind === 'map') {
    if (Array.isArray(value)) return;
    for (const key in value) {
      path.push(key);
      walk((value as Record<string, unknown>)[key], shape.inner, path, found, types);
      path.pop();
    }
    return;
  }
  const fields = types[type];
  if (!fields || Array.isArray(value)) return;
  for (const key in value) {
    const fieldType = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (fieldType === undefined) {
      found.push({ path: [...path, key], field: key, type: typeLabel(type), suggestion: suggest(key, Object.keys(fields)) });
    } else if (fieldType !== 'string') {
      path.push(key);
      walk((value as Record<string, unknown>)[key], fieldType, path, found, types);
      path.pop();
    }
  }
}

function suggest(field: string, known: string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = field.toLowerCase();
  const caseOnly = known.find((k) => k.toLowerCase() === lower);
  if (caseOnly) return caseOnly;
  const best = closest(field, known);
  return distance(best, field) <= Math.max(2, Math.floor(field.length / 3)) ? best : undefined;
}

/** `V1ServicePort` → `ServicePort`, `CoreV1EndpointPort` → `EndpointPort`: the name Kubernetes docs use. */
export function typeLabel(type: string): string {
  return type.replace(/^[A-Z][a-z]*V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/, '').replace(/^V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/, '');
}
