import { withBase } from '../site/paths.ts';

/** One published example file, as served in `<base>playground/example-set.json`. */
export interface ExampleSetFile {
  file: string;
  text: string;
}

export function exampleSetUrl(base: string): string {
  return withBase('/playground/example-set.json', base);
}

/** Fetches the published example set (same origin); the worker calls it once and keeps the result. */
export async function fetchExampleSet(base: string): Promise<ExampleSetFile[]> {
  const response = await fetch(exampleSetUrl(base));
  if (!response.ok) throw new Error(`${exampleSetUrl(base)}: HTTP ${response.status}`);
  const body = (await response.json()) as { files?: ExampleSetFile[] };
  return Array.isArray(body.files) ? body.files : [];
}
