import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

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
