import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow } from '../../src/validation/files-below.ts';
import { type ParsedYaml, parseYaml, parseYamlExact } from '../../src/validation/parse-yaml.ts';

/**
 * The fast reader (js-yaml) and the exact one (yaml) must agree on every value, or a file would validate differently
 * depending on whether it has a problem. Both resolve plain scalars as kubectl does (go-yaml v2, YAML 1.1).
 */
const exact = (text: string) =>
  parseYamlExact(text)
    .documents.map((d) => d.value)
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
yesValue: yes
onValue: on
upperNo: NO
letterY: y
offValue: Off
fileMode: 0644
underscores: 1_000
binary: 0b101
sexagesimal: 1:30
notBool: yesterday
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
  it('reads plain scalars as kubectl does (go-yaml v2: YAML 1.1), on both paths', () => {
    expect(fast(SCALARS)).toEqual(exact(SCALARS));
    const [value] = fast(SCALARS) as [Record<string, unknown>];
    expect(value).toMatchObject({
      yesValue: true,
      onValue: true,
      upperNo: false,
      letterY: true,
      offValue: false,
      fileMode: 420,
      underscores: 1000,
      binary: 5,
      sexagesimal: '1:30',
      notBool: 'yesterday',
      date: '2024-01-01',
      time: '2001-12-14t21:59:43.10-05:00',
      hex: 31,
      octal: 15,
      dot: 0.5,
      nullish: null,
      empty: null,
      quoted: '123',
      single: '0x1F',
    });
  });

  it('merges << keys and accepts a backslash-escaped single quote in double quotes, as kubectl does', () => {
    const text = 'base: &base {a: 1, b: 2}\nmerged:\n  <<: *base\n  b: 3\nquote: "it\\\'s"\nslash: "a\\\\\'"\n';
    const parsed = parseYaml(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents[0]?.value).toEqual({ base: { a: 1, b: 2 }, merged: { a: 1, b: 3 }, quote: "it's", slash: "a\\'" });
  });

  it('agrees with the exact parser on every example and fixture', () => {
    const roots = [join(import.meta.dirname, '..', '..', 'examples'), join(import.meta.dirname, 'fixtures')];
    let checked = 0;
    for (const full of roots.flatMap((root) => filesBelow(root))) {
      if (!/\.(ya?ml|json|conflist|conf)$/.test(full)) continue;
      const text = readFileSync(full, 'utf8');
      const parsed = parseYaml(text);
      if (parsed.problems.length > 0) continue;
      expect(fast(text), full).toEqual(exact(text));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('locates a value by parsing only its own document, at the same place as the whole-file parse', () => {
    const doc = (n: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${n}\ndata:\n  text: |\n    ---not a marker\n    x\n`;
    const texts = [
      `# header comment\n---\n${doc(1)}---\n${doc(2)}---\n# empty\n---\n${doc(3)}`,
      `${doc(1)}---\n${doc(2)}...\n---\n${doc(3)}`,
      `${doc(1)}--- \n${doc(2)}---\n${doc(3)}---\n`,
    ];
    for (const text of texts) {
      const fastDocs = parseYaml(text).documents;
      const exactDocs = parseYamlExact(text).documents.filter((d) => d.value !== null && d.value !== undefined);
      expect(fastDocs).toHaveLength(3);
      for (const [i, d] of fastDocs.entries()) {
        for (const path of [
          ['metadata', 'name'],
          ['data', 'text'],
          ['data', 'missing'],
        ])
          expect(d.locate(path), `${JSON.stringify(text)} #${i} ${path.join('.')}`).toEqual(exactDocs[i]!.locate(path));
        expect(d.plainSource(['metadata', 'name'])).toBe(`c${i + 1}`);
      }
    }
  });

  it('locates values the same way on both paths', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n# comment\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n';
    // The exact path also returns the empty document (resource.ts skips it), so only the non-empty ones are compared.
    const names = (docs: ParsedYaml['documents']) =>
      docs.filter((d) => d.value !== null && d.value !== undefined).map((d) => d.locate(['metadata', 'name']));
    const expected = [
      { line: 4, column: 9, endLine: 4, endColumn: 12 },
      { line: 11, column: 9, endLine: 11, endColumn: 13 },
    ];
    // The fast path (js-yaml, positions from a re-parse of one document) and the exact one (yaml) directly.
    expect(names(parseYaml(text).documents)).toEqual(expected);
    expect(names(parseYamlExact(text).documents)).toEqual(expected);
    // An anchor sends the whole file down the exact path from parseYaml itself: the same places, one line lower.
    const withAnchor = parseYaml(`x: &a 1\n${text}`);
    expect(withAnchor.problems).toEqual([]);
    expect(names(withAnchor.documents)).toEqual(expected.map((p) => ({ ...p, line: p.line + 1, endLine: p.endLine + 1 })));
  });

  it('takes the exact path for duplicate keys, anchors and syntax errors', () => {
    expect(parseYaml('a: 1\na: 2\n').problems.map((p) => p.ruleId)).toEqual(['yaml/duplicate-key']);
    expect(parseYaml('a: &x [1]\nb: *x\n').documents[0]!.value).toEqual({ a: [1], b: [1] });
    expect(parseYaml('a: [1\n').problems.map((p) => p.ruleId)).toEqual(['yaml/syntax']);
  });
});
