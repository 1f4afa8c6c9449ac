import { statSync } from 'node:fs';
import { validateExampleSet } from '../validation/index.ts';
import { EXAMPLES_DIR, listExampleFiles } from './example-files.ts';
import type { ExampleProblem } from './load-example.ts';

/**
 * The example set is validated once per build, not once per `<Example>`: every component awaits the same promise.
 * In `astro dev` the promise is keyed by the files' sizes and modification times, so an edit re-validates.
 */
let cached: { root: string; key: string; problems: Promise<readonly ExampleProblem[]> } | undefined;

function fingerprint(root: string): string {
  return listExampleFiles(root)
    .map((file) => {
      const stat = statSync(`${root}/${file}`);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}

export function exampleSetProblems(root: string = EXAMPLES_DIR): Promise<readonly ExampleProblem[]> {
  // A build reads a fixed set of files: no need to look at them again for every component.
  if (cached?.root === root && !import.meta.env.DEV) return cached.problems;
  const key = fingerprint(root);
  if (cached?.root !== root || cached.key !== key) {
    cached = { root, key, problems: validateExampleSet(root).then((report) => report.problems) };
  }
  return cached.problems;
}
