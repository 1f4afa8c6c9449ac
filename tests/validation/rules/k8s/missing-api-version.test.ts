import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

testRule({
  rule: 'k8s/missing-api-version',
  accept: [{ code: SERVICE }],
  reject: [{ code: 'kind: Service\nmetadata:\n  name: x\n', line: 1, column: 1 }],
});
