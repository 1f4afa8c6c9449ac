import { at } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';
import { output, TABLE } from './cases.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/node-port',
  accept: [output(TABLE)],
  reject: [{ ...output(TABLE.replace('8080:30080/TCP', '8080:8080/TCP ')), ...at(TABLE, '30080'), message: '8080' }],
});
