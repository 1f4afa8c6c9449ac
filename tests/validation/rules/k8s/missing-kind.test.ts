import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

testRule({
  rule: 'k8s/missing-kind',
  accept: [{ code: SERVICE }],
  reject: [
    { code: 'apiVersion: v1\nmetadata:\n  name: x\n', line: 1, column: 1 },
    { code: 'apiVersion: v1\nkind: ""\n', line: 2, column: 7 },
  ],
});
