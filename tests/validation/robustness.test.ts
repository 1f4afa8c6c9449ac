import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/validation/engine.ts';
import { SERVICE } from './support/manifests.ts';

/** Bad input never crashes the validator: it becomes problems with positions. */
const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'validate-robust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function garbage(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('robustness', () => {
  it('validates custom resources of a CRD whose schema has keywords of the wrong type, without a rule failing', async () => {
    const crd = readFileSync(join(import.meta.dirname, 'fixtures', 'crd', 'widget-crd.yaml'), 'utf8')
      .replace('x-kubernetes-list-map-keys: [port, protocol]', 'x-kubernetes-list-map-keys: -1')
      .replace('                  anyOf:\n', '                  anyOf: true\n                  oneOf:\n')
      .replace('              required: [size]', '              required: 42');
    const widget = readFileSync(join(import.meta.dirname, 'fixtures', 'crd', 'widget.yaml'), 'utf8');
    const report = await validateFiles([
      { name: 'crd.yaml', text: crd },
      { name: 'widget.yaml', text: widget },
    ]);
    expect(report.problems.filter((p) => p.messageId === 'rule.failed').map((p) => p.message)).toEqual([]);
    // The CRD is told what is wrong with it; its object is still checked against what is usable.
    expect(report.problems.some((p) => p.file === 'crd.yaml' && p.severity === 'error')).toBe(true);
  });

  it('reports binary garbage through the CLI without a stack trace', () => {
    const file = join(scratch, 'garbage.yaml');
    writeFileSync(file, garbage(64 * 1024, 42));
    const result = spawnSync(
      join(root, 'node_modules', '.bin', 'node'),
      ['--import', './src/cli/compile-cache.ts', 'src/cli/validate.ts', file],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/garbage\.yaml:1:1: error file\/binary: /);
    expect(result.status).toBe(1);
  });

  it('survives garbage that is valid UTF-8', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = garbage(4096, seed).toString('latin1');
      const report = await validateFiles([
        { name: `g${seed}.yaml`, text },
        { name: `g${seed}.sh`, text },
        { name: `g${seed}.conflist`, text },
        { name: `g${seed}.out`, text },
      ]);
      expect(Array.isArray(report.problems)).toBe(true);
      for (const p of report.problems) expect(p.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('reads a BOM, CRLF line endings and tabs inside values', async () => {
    const text = `\ufeff${SERVICE.replace('app: web', 'app: "web"\t# a tab before a comment')}`.replace(/\n/g, '\r\n');
    const report = await validateFiles([{ name: 'crlf.yaml', text }]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.resources).toBe(1);
    const typo = await validateFiles([{ name: 'crlf.yaml', text: text.replace('  ports:', '  prots:') }]);
    expect(typo.problems.find((p) => p.ruleId === 'k8s/unknown-field')).toMatchObject({ line: 10, column: 3 });
  });

  it('reports a tab used for indentation as a syntax error with its position', async () => {
    const report = await validateFiles([{ name: 'tabs.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n' }]);
    expect(report.problems[0]).toMatchObject({ ruleId: 'yaml/syntax', line: 4, column: 1 });
  });

  it('validates 10,000 documents in one file', async () => {
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c-NUM\ndata:\n  key: value\n';
    const text = Array.from({ length: 10_000 }, (_, i) => doc.replace('NUM', String(i))).join('---\n');
    const report = await validateFiles([
      { name: 'many.yaml', text: `${text}---\n${doc.replace('NUM', 'x').replace('\ndata:', '\ndat:')}` },
    ]);
    expect(report.resources).toBe(10_001);
    expect(report.problems.map((p) => `${p.ruleId}@${p.line}:${p.column}`)).toEqual(['k8s/unknown-field@70005:1']);
  });

  it('rejects deep nesting without overflowing the stack', async () => {
    const deep = `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const report = await validateFiles([{ name: 'deep.yaml', text: deep }]);
    expect(report.problems.map((p) => `${p.ruleId}@${p.line}:${p.column}`)).toEqual(['yaml/depth@1:515']);
    const nested = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    a: b\ndata:\n  ${'x: '.repeat(1)}y\nbinaryData: ${'['.repeat(500)}${']'.repeat(500)}\n`;
    const moderate = await validateFiles([{ name: 'nested.yaml', text: nested }]);
    expect(moderate.problems.some((p) => p.ruleId === 'k8s/type')).toBe(true);
  });

  it('rejects 10,000-deep block nesting with the depth rule, not a stack overflow', async () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n';
    for (let i = 1; i <= 10_000; i++) text += `${' '.repeat(2 * i)}k:\n`;
    const report = await validateFiles([{ name: 'deep.yaml', text }]);
    expect(report.problems.map((p) => `${p.ruleId}@${p.line}:${p.column}`)).toEqual(['yaml/depth@517:1025']);
    expect(report.problems[0]!.message).toContain('512');
  });

  it('finds one duplicate key in a mapping of 100,000 keys in linear time', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `  k${i}: v`);
    lines.push('  k7: again');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n${lines.join('\n')}\n`;
    const start = performance.now();
    const report = await validateFiles([{ name: 'dup.yaml', text }]);
    const elapsed = performance.now() - start;
    expect(report.problems.map((p) => `${p.ruleId}@${p.line}:${p.column} ${p.message}`)).toEqual([
      'yaml/duplicate-key@100006:3 duplicate key: "k7" is already a key of this mapping (line 13)',
    ]);
    // Quadratic checking took minutes here; linear takes about a second. Generous for a loaded machine.
    expect(elapsed).toBeLessThan(20_000);
  });

  it('rejects a billion-laughs alias bomb quickly, without expanding it', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const report = await validateFiles([{ name: 'bomb.yaml', text: `${lines.join('\n')}\n` }]);
    const elapsed = performance.now() - start;
    expect(report.problems.map((p) => p.ruleId)).toEqual(['yaml/alias-limit']);
    // 9^10 ≈ 3.5 billion strings if expanded; rejected at the 100th alias. Generous bounds: no exponential work.
    expect(elapsed).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });
});
