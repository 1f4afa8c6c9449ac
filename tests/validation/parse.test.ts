import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseYaml } from '../../src/validation/parse-yaml.ts';

/**
 * The fast reader (js-yaml) and the exact one (yaml) must agree on every value, or a file would validate differently
 * depending on whether it has a problem. Both use the YAML 1.2 core schema.
 */
const exact = (text: string) =>
  parseAllDocuments(text)
    .map((d) => (Array.isArray(d) ? undefined : d.toJS()))
    .filter((v) => v !== null && v !== undefined);
const fast = (text: string) => parseYaml(text).documents.map((d) => d.value);

const SCALARS = `plain: text
quoted: "123"
single: '0x1F'
int: 42
hex: 0x1F
octal: 0o17
float: 1.5e3
dot: .5
infinity: .inf
notANumber: .nan
yes: yes
on: on
bool: true
nullish: ~
empty:
date: 2024-01-01
time: 2001-12-14t21:59:43.10-05:00
folded: >
  a
  b
literal: |
  line 1
  line 2
flow: {a: [1, "two", {b: null}]}
colon: "a: b"
url: http://example.com/?a=1
`;

describe('parse-yaml', () => {
  it('reads scalars exactly as the YAML 1.2 core schema does', () => {
    expect(fast(SCALARS)).toEqual(exact(SCALARS));
    const [value] = fast(SCALARS) as [Record<string, unknown>];
    expect(value).toMatchObject({ yes: 'yes', on: 'on', date: '2024-01-01', hex: 31, octal: 15, nullish: null, quoted: '123' });
  });

  it('agrees with the exact parser on every example and fixture', () => {
    const roots = [join(import.meta.dirname, '..', '..', 'examples'), join(import.meta.dirname, 'fixtures')];
    let checked = 0;
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) visit(full);
        else if (/\.(ya?ml|json|conflist|conf)$/.test(entry.name)) {
          const text = readFileSync(full, 'utf8');
          const parsed = parseYaml(text);
          if (parsed.problems.length > 0) continue;
          expect(fast(text), full).toEqual(exact(text));
          checked++;
        }
      }
    };
    roots.forEach(visit);
    expect(checked).toBeGreaterThan(20);
  });

  it('locates values the same way on both paths', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n# comment\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n';
    const fastDocs = parseYaml(text).documents;
    expect(fastDocs.map((d) => d.locate(['metadata', 'name']))).toEqual([
      { line: 4, column: 9, endLine: 4, endColumn: 12 },
      { line: 11, column: 9, endLine: 11, endColumn: 13 },
    ]);
    const withAnchor = parseYaml(`x: &a 1\n${text}`.replace('apiVersion: v1\nkind: Service', 'apiVersion: v1\nkind: Service'));
    expect(withAnchor.problems).toEqual([]);
  });

  it('takes the exact path for duplicate keys, anchors and syntax errors', () => {
    expect(parseYaml('a: 1\na: 2\n').problems.map((p) => p.ruleId)).toEqual(['yaml/duplicate-key']);
    expect(parseYaml('a: &x [1]\nb: *x\n').documents[0]!.value).toEqual({ a: [1], b: [1] });
    expect(parseYaml('a: [1\n').problems.map((p) => p.ruleId)).toEqual(['yaml/syntax']);
  });
});
