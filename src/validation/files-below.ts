import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Node only, like read-files.ts: the one directory walker of the validator, the example set, the quality gates and the tests. */

export interface WalkOptions {
  /** Names (of files and folders) to leave out; a skipped folder is not entered. */
  skip?: (name: string) => boolean;
}

/**
 * Every regular file below `dir`, as `join(dir, …)` paths, sorted name by name (code-unit order) within each folder so
 * output is stable across file systems. Symbolic links are neither followed nor listed.
 */
export function filesBelow(dir: string, options: WalkOptions = {}): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (options.skip?.(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(path, options));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Dot folders and files (`.git`, editor state) and installed packages: never input. */
export const HIDDEN_OR_PACKAGES = (name: string): boolean => name.startsWith('.') || name === 'node_modules';
