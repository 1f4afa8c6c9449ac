import { formatPath } from './json-path.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import type { PathKey, Position } from './types.ts';

/** A place in a file: what a rule points at when it reports. */
export interface Location {
  file: string;
  position: Position;
  path: string;
}

/** One Kubernetes object from a manifest (a document, or an item of a `kind: List`). */
export interface Resource {
  file: string;
  value: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  name: string | undefined;
  namespace: string | undefined;
  /** Where the object starts inside its document (`['items', 2]` for a List item). */
  basePath: PathKey[];
  /** Locates a path relative to the object; `key` points at the field name instead of its value. */
  at(path: readonly PathKey[], options?: { key?: boolean }): Location;
  /** The source text of a plain scalar at a path relative to the object (to explain how kubectl read it). */
  plainSource(path: readonly PathKey[]): string | undefined;
}

export interface DocumentShapeProblem {
  ruleId: 'k8s/not-an-object' | 'k8s/missing-kind' | 'k8s/missing-api-version';
  location: Location;
}

/** Splits parsed documents into resources: empty documents are skipped, `kind: List` is expanded into its items. */
export function toResources(file: string, parsed: ParsedYaml): { resources: Resource[]; problems: DocumentShapeProblem[] } {
  const resources: Resource[] = [];
  const problems: DocumentShapeProblem[] = [];
  for (const { value, locate, plainSource } of parsed.documents) {
    if (value === undefined || value === null) continue;
    const locator =
      (basePath: PathKey[]) =>
      (path: readonly PathKey[], options?: { key?: boolean }): Location => ({
        file,
        position: locate([...basePath, ...path], options),
        path: formatPath([...basePath, ...path]),
      });
    const add = (object: unknown, basePath: PathKey[]) => {
      const at = locator(basePath);
      if (object === null || typeof object !== 'object' || Array.isArray(object)) {
        problems.push({ ruleId: 'k8s/not-an-object', location: at([]) });
        return;
      }
      const record = object as Record<string, unknown>;
      const shape = checkShape(record, at);
      if (shape) {
        problems.push(shape);
        return;
      }
      const metadata = (record.metadata ?? {}) as Record<string, unknown>;
      resources.push({
        file,
        value: record,
        apiVersion: record.apiVersion as string,
        kind: record.kind as string,
        name: typeof metadata.name === 'string' ? metadata.name : undefined,
        namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
        basePath,
        at,
        plainSource: (path) => plainSource([...basePath, ...path]),
      });
    };
    const record = value as Record<string, unknown>;
    if (isList(record)) {
      const items = record.items;
      if (items === undefined || items === null) continue;
      if (!Array.isArray(items)) {
        problems.push({ ruleId: 'k8s/not-an-object', location: locator([])(['items']) });
        continue;
      }
      items.forEach((item, index) => {
        add(item, ['items', index]);
      });
    } else {
      add(value, []);
    }
  }
  return { resources, problems };
}

function isList(record: unknown): boolean {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return false;
  const r = record as Record<string, unknown>;
  return r.kind === 'List' && (r.apiVersion === 'v1' || r.apiVersion === undefined);
}

function checkShape(record: Record<string, unknown>, at: Resource['at']): DocumentShapeProblem | null {
  if (typeof record.kind !== 'string' || record.kind === '') {
    return { ruleId: 'k8s/missing-kind', location: at(record.kind === undefined ? [] : ['kind']) };
  }
  if (typeof record.apiVersion !== 'string' || record.apiVersion === '') {
    return { ruleId: 'k8s/missing-api-version', location: at(record.apiVersion === undefined ? [] : ['apiVersion']) };
  }
  return null;
}
