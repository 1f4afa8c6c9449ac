import { at } from '../../support/manifests.ts';
import { output, TABLE } from '../../support/output-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/node-port',
  accept: [output(TABLE)],
  reject: [{ ...output(TABLE.replace('8080:30080/TCP', '8080:8080/TCP ')), ...at(TABLE, '30080'), message: '8080' }],
});
