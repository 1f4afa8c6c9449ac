import { isRecord } from '../../../k8s/workloads.ts';
import type { PathKey } from '../../../types.ts';

/**
 * Repeated keys in the lists of a Pod spec, for the API server's uniqueness rules that the OpenAPI schema cannot say
 * (pkg/apis/core/validation/validation.go): k8s/duplicate-volume-name, k8s/duplicate-container-field and
 * k8s/duplicate-list-key.
 */

export interface Duplicate {
  path: PathKey[];
  key: string;
  firstIndex: number;
}

/** Items of a list whose key (built by `keyOf`, undefined to skip) repeats an earlier one. */
export function duplicatesIn(
  list: unknown,
  listPath: PathKey[],
  keyOf: (item: Record<string, unknown>) => string | undefined,
): Duplicate[] {
  if (!Array.isArray(list)) return [];
  const seen = new Map<string, number>();
  const out: Duplicate[] = [];
  list.forEach((item, index) => {
    if (!isRecord(item)) return;
    const key = keyOf(item);
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else out.push({ path: [...listPath, index], key, firstIndex: first });
  });
  return out;
}

export const stringField = (field: string) => (item: Record<string, unknown>) =>
  typeof item[field] === 'string' ? (item[field] as string) : undefined;
