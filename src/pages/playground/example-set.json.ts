import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { EXAMPLES_DIR, listExampleFiles } from '~/examples/example-files.ts';
import { opensInPlayground } from '~/playground/example-path.ts';
import type { ExampleSetFile } from '~/playground/example-set.ts';

/**
 * `<base>playground/example-set.json`: the published manifests and CNI configs in one file, built with the site.
 * The playground's worker loads it once so cross-file rules (a Service's selector and named targetPort, the
 * Namespace) see the rest of the example set, exactly as `npm run validate -- examples/` does.
 */
export const GET: APIRoute = () => {
  const files: ExampleSetFile[] = listExampleFiles()
    .map((file) => ({ file, text: readFileSync(join(EXAMPLES_DIR, file), 'utf8') }))
    .filter(({ file, text }) => opensInPlayground(file, text));
  return new Response(JSON.stringify({ files }), { headers: { 'Content-Type': 'application/json' } });
};
