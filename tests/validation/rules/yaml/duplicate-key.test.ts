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
      message: '"kind" is already a key of this mapping (line 2)',
    },
    { code: 'data:\n  a: 1\n  b: 2\n  "a": 3\n', line: 4, column: 3, description: 'a quoted spelling of the same key' },
  ],
});
