import { statSync } from 'node:fs';
import { validateExampleSet } from '../validation/index.ts';
import { EXAMPLES_DIR, listExampleFiles } from './example-files.ts';
import type { ExampleProblem } from './load-example.ts';

/**
 * The example set is validated once per build, not once per `<Example>`: every component awaits the same promise.
 * The promise is keyed by the files' sizes and modification times, so `astro dev` re-validates after an edit.
 */
let cached: { key: string; problems: Promise<readonly ExampleProblem[]> } | undefined;

function fingerprint(root: string): string {
  return listExampleFiles(root)
    .map((file) => {
      const stat = statSync(`${root}/${file}`);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}

export function exampleSetProblems(root: string = EXAMPLES_DIR): Promise<readonly ExampleProblem[]> {
  const key = `${root}\n${fingerprint(root)}`;
  if (cached?.key !== key) cached = { key, problems: validateExampleSet(root).then((report) => report.problems) };
  return cached.problems;
}
