import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder that holds every example file, relative to the project root. */
export const EXAMPLES_DIR = 'examples';

/**
 * Every file under `root`, as sorted POSIX paths relative to it (`netdemo/frontend-service.yaml`).
 * Dotfiles are included on purpose: whatever is in examples/ is published and must be accounted for.
 */
export function listExampleFiles(root: string = EXAMPLES_DIR): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
