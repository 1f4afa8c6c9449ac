import { describe, expect, it } from 'vitest';
import { validateText } from '../../../../src/validation/engine.ts';
import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

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
      messageId: 'yaml/duplicate-key.repeated',
      message: 'duplicate key: "kind" is already a key of this mapping (line 2)',
    },
    { code: 'data:\n  a: 1\n  b: 2\n  "a": 3\n', line: 4, column: 3, description: 'a quoted spelling of the same key' },
  ],
});

describe('yaml/duplicate-key in Japanese', () => {
  it('names the key and the line of its first use without English', async () => {
    const report = await validateText('apiVersion: v1\nkind: Service\nkind: Pod\n', 'test.yaml', { mode: 'loose', lang: 'ja' });
    const problem = report.problems.find((p) => p.ruleId === 'yaml/duplicate-key');
    expect(problem).toMatchObject({ line: 3, column: 1 });
    expect(problem?.message).toBe('キーが重複しています: "kind" はこのマッピングですでにキーになっています（2 行目）');
  });
});
