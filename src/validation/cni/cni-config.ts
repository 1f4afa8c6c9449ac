import { formatPath } from '../json-path.ts';
import type { ParsedYaml } from '../parse-yaml.ts';
import type { Location } from '../resource.ts';
import type { PathKey } from '../types.ts';

/** A CNI network configuration list (`.conflist`) or single network configuration (`.conf`), with its syntax tree. */
export interface CniConfig {
  file: string;
  value: unknown;
  /** `.conf` files hold one plugin configuration without `plugins`. */
  single: boolean;
  at(path: readonly PathKey[], options?: { key?: boolean }): Location;
}

export function toCniConfigs(file: string, parsed: ParsedYaml): CniConfig[] {
  const configs: CniConfig[] = [];
  for (const { value, locate } of parsed.documents) {
    if (value === undefined || value === null) continue;
    configs.push({
      file,
      value,
      single: isSingle(value),
      at: (path, options) => ({ file, position: locate(path, options), path: formatPath(path) }),
    });
  }
  return configs;
}

function isSingle(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !('plugins' in value) && 'type' in value;
}
