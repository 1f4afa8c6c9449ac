import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRulesTable } from '../../scripts/rules-table.ts';
import { rules } from '../../src/validation/rules/index.ts';
import type { Rule } from '../../src/validation/rules/rule.ts';

/** The rules table of src/validation/README.md is what `npm run gen:rules-table` renders from the registry. */
const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'rules-table', name), 'utf8');

const fakeRules = [
  { id: 'k8s/port-range', level: 'api', target: 'resource', description: 'Port numbers must be 1–65535.', check() {} },
  { id: 'output/columns', level: 'cross-file', target: 'output', description: 'The header is NAME | TYPE | CLUSTER-IP.', check() {} },
  { id: 'cni/unknown-key', level: 'advice', target: 'cni', description: 'A key the SPEC does not define.', check() {} },
] as Rule[];

describe('rules table (npm run gen:rules-table)', () => {
  it('in src/validation/README.md is in sync with rules/index.ts', () => {
    const readme = readFileSync(join(root, 'src', 'validation', 'README.md'), 'utf8');
    expect(readme, 'the README rules table is out of date: run npm run gen:rules-table').toBe(withRulesTable(readme, rules));
  });
  it('renders a header row, the severity of each level, the target and escaped pipes, and keeps the rest of the file', () => {
    expect(withRulesTable(fixture('before.md'), fakeRules)).toBe(fixture('after.md'));
  });
  it('fires on a stale table (a row without header, wrong severity, rules missing)', () => {
    const stale = fixture('before.md');
    expect(withRulesTable(stale, fakeRules)).not.toBe(stale);
    const current = fixture('after.md');
    expect(withRulesTable(current, fakeRules.slice(0, 2))).not.toBe(current);
  });
  it('says which markers are missing', () => {
    expect(() => withRulesTable('## Rules\n\n| `k8s/port-range` | error |\n', fakeRules)).toThrow(/rules-table:begin .* rules-table:end/);
  });
});
