/**
 * Regenerates the committed schema index of the validation engine (`npm run gen:schema-index`):
 *
 * - `src/validation/schema/field-index.json`: every Kubernetes kind that `kubernetes-models` validates, and the known
 *   fields of every type reachable from those kinds, taken from `@kubernetes/client-node`'s generated models
 *   (`attributeTypeMap`). Both packages are generated from the official Kubernetes OpenAPI spec. The engine uses this
 *   index for strict unknown-field errors; loading client-node itself at run time takes seconds and pulls in its HTTP
 *   client, a compact index takes milliseconds and can be bundled for the browser.
 * - `src/validation/schema/validators.generated.ts`: one lazy `import()` per kind of its precompiled ajv validator.
 * - `src/validation/cni/cni-schema.validator.js`: the CNI JSON Schema compiled ahead of time with ajv's standalone
 *   mode, so the engine never compiles code at run time (a browser page with a strict CSP forbids that).
 *
 * `tests/validation/schema-index.test.ts` fails when the committed files differ from what this script produces.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCniValidators, buildSchemaIndex } from './schema-index-builder.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const modelsDir = dirname(require.resolve('kubernetes-models/package.json'));

const index = await buildSchemaIndex({ modelsDir, readdirSync, readFileSync });
const outDir = join(root, 'src', 'validation', 'schema');
writeFileSync(join(outDir, 'field-index.json'), `${JSON.stringify(index.fieldIndex)}\n`);
writeFileSync(join(outDir, 'validators.generated.ts'), index.validatorsModule);
writeFileSync(
  join(root, 'src', 'validation', 'cni', 'cni-schema.validator.js'),
  buildCniValidators(readFileSync(join(root, 'src', 'validation', 'cni', 'cni-schema.json'), 'utf8')),
);
console.log(
  `${Object.keys(index.fieldIndex.kinds).length} kinds served by Kubernetes ${index.fieldIndex.kubernetesVersion}, ` +
    `${index.fieldIndex.notServed.length} no longer served, ${Object.keys(index.fieldIndex.types).length} types`,
);
