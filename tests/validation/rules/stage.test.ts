import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePaths } from '../../../src/validation/index.ts';
import { readPaths } from '../../../src/validation/read-files.ts';
import { SERVICE } from '../support/manifests.ts';
import { testRule } from '../support/test-rule.ts';

// Problems of the reading and parsing stages.

const scratch = mkdtempSync(join(tmpdir(), 'validate-stage-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('file/unreadable', () => {
  it('accepts a readable file', async () => {
    writeFileSync(join(scratch, 'ok.yaml'), SERVICE);
    const report = await validatePaths([join(scratch, 'ok.yaml')]);
    expect(report.problems.filter((p) => p.ruleId === 'file/unreadable')).toEqual([]);
  });
  it('rejects a missing path at 1:1', async () => {
    const report = await validatePaths([join(scratch, 'missing.yaml')]);
    const problem = report.problems.find((p) => p.ruleId === 'file/unreadable');
    expect(problem).toMatchObject({ line: 1, column: 1, severity: 'error' });
    expect(problem?.message).toContain('no such file or directory');
  });
});

describe('file/too-large', () => {
  it('accepts a file under the limit', async () => {
    writeFileSync(join(scratch, 'small.yaml'), SERVICE);
    expect((await readPaths([join(scratch, 'small.yaml')], { maxBytes: 10_000 })).problems).toEqual([]);
  });
  it('rejects a file over the limit without reading it', async () => {
    writeFileSync(join(scratch, 'big.yaml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const report = await validatePaths([join(scratch, 'big.yaml')]);
    expect(report.problems).toMatchObject([{ ruleId: 'file/too-large', line: 1, column: 1, severity: 'error' }]);
  });
});

describe('file/binary (from disk)', () => {
  it('rejects invalid UTF-8 at 1:1', async () => {
    writeFileSync(join(scratch, 'garbage.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x81, 0x0a]));
    const report = await validatePaths([join(scratch, 'garbage.yaml')]);
    expect(report.problems).toMatchObject([{ ruleId: 'file/binary', line: 1, column: 1 }]);
  });
});

testRule({
  rule: 'file/binary',
  accept: [{ code: SERVICE }, { code: `\ufeff${SERVICE}`, description: 'a BOM' }],
  reject: [{ code: 'apiVersion: v1\u0000kind: Service\n', line: 1, column: 1 }],
});

testRule({
  rule: 'file/unsupported',
  accept: [
    { code: SERVICE, file: 'x.yml' },
    { code: '# notes', file: 'README.md', description: 'Markdown is documentation, skipped' },
  ],
  reject: [{ code: 'hello', file: 'notes.txt', line: 1, column: 1 }],
});

testRule({
  rule: 'yaml/syntax',
  accept: [
    { code: SERVICE },
    { code: SERVICE.replace(/\n/g, '\r\n'), description: 'CRLF line endings' },
    { code: '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}}', file: 'ns.json', description: 'JSON' },
  ],
  reject: [
    { code: 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n', line: 4, column: 1, description: 'a tab used for indentation' },
    { code: 'apiVersion: v1\nkind: [Service\n', line: 3, column: 1 },
    { code: '{"apiVersion": "v1",, "kind": "Namespace"}', file: 'bad.json', line: 1, column: 21 },
  ],
});

testRule({
  rule: 'yaml/duplicate-key',
  accept: [{ code: SERVICE }],
  reject: [{ code: 'apiVersion: v1\nkind: Service\nkind: Pod\nmetadata:\n  name: x\n', line: 3, column: 1 }],
});

const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
for (let i = 1; i < 9; i++)
  bomb.push(
    `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
      .fill(`*${String.fromCharCode(96 + i)}`)
      .join(', ')}]`,
  );
const BOMB = `${bomb.join('\n')}\n`;
testRule({
  rule: 'yaml/alias-limit',
  accept: [
    {
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: &l\n    app: web\n  annotations: *l\n',
      description: 'a few aliases',
    },
  ],
  reject: [{ code: BOMB, line: 2, column: 8, description: 'a billion-laughs bomb' }],
});

testRule({
  rule: 'k8s/not-an-object',
  accept: [{ code: SERVICE }, { code: '# only a comment\n---\n', description: 'comment-only and empty documents' }],
  reject: [
    { code: '- apiVersion: v1\n  kind: Service\n', line: 1, column: 1 },
    { code: 'apiVersion: v1\nkind: List\nitems:\n  - just a string\n', line: 4, column: 5 },
  ],
});

testRule({
  rule: 'k8s/missing-kind',
  accept: [{ code: SERVICE }],
  reject: [
    { code: 'apiVersion: v1\nmetadata:\n  name: x\n', line: 1, column: 1 },
    { code: 'apiVersion: v1\nkind: ""\n', line: 2, column: 7 },
  ],
});

testRule({
  rule: 'k8s/missing-api-version',
  accept: [{ code: SERVICE }],
  reject: [{ code: 'kind: Service\nmetadata:\n  name: x\n', line: 1, column: 1 }],
});
