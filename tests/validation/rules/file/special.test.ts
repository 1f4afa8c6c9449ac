import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePaths } from '../../../../src/validation/index.ts';
import { SERVICE } from '../../support/manifests.ts';

// A problem of the reading and parsing stages.

const scratch = mkdtempSync(join(tmpdir(), 'validate-special-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
