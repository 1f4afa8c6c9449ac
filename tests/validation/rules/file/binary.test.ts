import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePaths } from '../../../../src/validation/index.ts';
import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

const scratch = mkdtempSync(join(tmpdir(), 'validate-binary-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
