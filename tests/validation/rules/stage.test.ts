import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  it('accepts a bundle of several MiB (real releases such as cert-manager are about 1 MiB and more)', async () => {
    const doc = SERVICE.replace('name: web', 'name: web-NUM');
    const text = Array.from({ length: 16_000 }, (_, i) => doc.replace('NUM', String(i))).join('---\n');
    expect(text.length).toBeGreaterThan(3 * 1024 * 1024);
    writeFileSync(join(scratch, 'bundle.yaml'), text);
    const read = await readPaths([join(scratch, 'bundle.yaml')]);
    expect(read.problems).toEqual([]);
    expect(read.files).toHaveLength(1);
  });
  it('rejects a file over the limit without reading it', async () => {
    writeFileSync(join(scratch, 'big.yaml'), `# ${'x'.repeat(17 * 1024 * 1024)}\n`);
    const report = await validatePaths([join(scratch, 'big.yaml')]);
    expect(report.problems).toMatchObject([{ ruleId: 'file/too-large', line: 1, column: 1, severity: 'error' }]);
  });
});

describe('file/special', () => {
  it('accepts a regular file and a folder', async () => {
    mkdirSync(join(scratch, 'folder'), { recursive: true });
    writeFileSync(join(scratch, 'folder', 'ok.yaml'), SERVICE);
    const report = await validatePaths([join(scratch, 'folder'), join(scratch, 'folder', 'ok.yaml')]);
    expect(report.problems.filter((p) => p.ruleId === 'file/special')).toEqual([]);
  });
  it('rejects a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(scratch, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const start = performance.now();
    const report = await validatePaths([fifo]);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(report.problems).toMatchObject([{ ruleId: 'file/special', line: 1, column: 1, severity: 'error' }]);
    expect(report.problems[0]!.message).toContain('a FIFO');
  });
});

describe('standard input', () => {
  it('reads - from the given stream, as a manifest named <stdin>', async () => {
    const stdin = (async function* () {
      yield new TextEncoder().encode(SERVICE);
    })();
    const read = await readPaths(['-'], { stdin });
    expect(read).toEqual({ files: [{ name: '<stdin>', text: SERVICE }], problems: [] });
  });
  it('stops reading standard input past the limit', async () => {
    const stdin = (async function* () {
      for (let i = 0; i < 4; i++) yield new Uint8Array(1024);
    })();
    const read = await readPaths(['-'], { stdin, maxBytes: 2048 });
    expect(read.files).toEqual([]);
    expect(read.problems.map((p) => p.ruleId)).toEqual(['file/too-large']);
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

const deepFlow = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: ${'['.repeat(600)}${']'.repeat(600)}\n`;
testRule({
  rule: 'yaml/depth',
  accept: [
    { code: SERVICE },
    {
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "${'['.repeat(600)}"\n  b: |\n    ${'{'.repeat(600)}\n`,
      description: 'brackets inside a quoted string and a block scalar',
    },
    { code: `a: ${'['.repeat(400)}${']'.repeat(400)}\n`, description: '400 flow levels' },
  ],
  reject: [{ code: deepFlow, line: 6, column: 516, description: '600 flow levels (reported where level 513 opens)' }],
});

testRule({
  rule: 'yaml/duplicate-key',
  accept: [
    { code: SERVICE },
    { code: 'a: &base {x: 1}\nb:\n  <<: *base\n  <<: *base\n  y: 2\n', description: 'repeated << merge keys' },
    { code: 'a:\n  x: 1\nb:\n  x: 2\n', description: 'the same key in two mappings' },
  ],
  reject: [
    {
      code: 'apiVersion: v1\nkind: Service\nkind: Pod\nmetadata:\n  name: x\n',
      line: 3,
      column: 1,
      message: '"kind" is already a key of this mapping (line 2)',
    },
    { code: 'data:\n  a: 1\n  b: 2\n  "a": 3\n', line: 4, column: 3, description: 'a quoted spelling of the same key' },
  ],
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
