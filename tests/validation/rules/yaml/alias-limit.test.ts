import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
for (let i = 1; i < 9; i++)
  bomb.push(
    `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
      .fill(`*${String.fromCharCode(96 + i)}`)
      .join(', ')}]`,
  );
const BOMB = `${bomb.join('\n')}\n`;
testRule({
  rule: 'yaml/alias-limit',
  accept: [
    {
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: &l\n    app: web\n  annotations: *l\n',
      description: 'a few aliases',
    },
  ],
  reject: [{ code: BOMB, line: 2, column: 8, description: 'a billion-laughs bomb' }],
});
