import type { PathKey } from './types.ts';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Formats a path as people write it: `spec.ports[0].port`, `metadata.labels["app.kubernetes.io/name"]`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Turns an ajv `instancePath` (JSON Pointer, `/spec/ports/0/port`) into keys, using the data to tell indexes from keys. */
export function pointerToPath(pointer: string, data: unknown): PathKey[] {
  if (pointer === '') return [];
  const keys: PathKey[] = [];
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      keys.push(index);
      current = current[index];
    } else {
      keys.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return keys;
}

/** Reads the value at `path` inside `data`, or undefined. */
export function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
