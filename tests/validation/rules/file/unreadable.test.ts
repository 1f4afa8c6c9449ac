import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePaths } from '../../../../src/validation/index.ts';
import { SERVICE } from '../../support/manifests.ts';

// A problem of the reading and parsing stages.

const scratch = mkdtempSync(join(tmpdir(), 'validate-unreadable-'));
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
