/** Rewrites the rules table of `src/validation/README.md` from the registry (`npm run gen:rules-table`). */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../src/validation/rules/index.ts';
import { withRulesTable } from './rules-table.ts';

const readmePath = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'validation', 'README.md');
const before = readFileSync(readmePath, 'utf8');
const after = withRulesTable(before, rules);
if (after !== before) writeFileSync(readmePath, after);
console.log(`${after === before ? 'unchanged' : 'rewrote'}: the rules table of src/validation/README.md (${rules.length} rules)`);
