import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePaths } from '../../../../src/validation/index.ts';
import { readPaths } from '../../../../src/validation/read-files.ts';
import { SERVICE } from '../../support/manifests.ts';

// A problem of the reading and parsing stages.

const scratch = mkdtempSync(join(tmpdir(), 'validate-too-large-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
  it('stops reading standard input past the limit', async () => {
    const stdin = (async function* () {
      for (let i = 0; i < 4; i++) yield new Uint8Array(1024);
    })();
    const read = await readPaths(['-'], { stdin, maxBytes: 2048 });
    expect(read.files).toEqual([]);
    expect(read.problems.map((p) => p.ruleId)).toEqual(['file/too-large']);
  });
});
