import { relative, sep } from 'node:path';
import { filesBelow } from '../validation/files-below.ts';

/** The folder that holds every example file, relative to the project root. */
export const EXAMPLES_DIR = 'examples';

/**
 * Every file under `root`, as sorted POSIX paths relative to it (`netdemo/frontend-service.yaml`).
 * Dotfiles are included on purpose: whatever is in examples/ is published and must be accounted for.
 */
export function listExampleFiles(root: string = EXAMPLES_DIR): string[] {
  return filesBelow(root)
    .map((file) => relative(root, file).split(sep).join('/'))
    .sort();
}
