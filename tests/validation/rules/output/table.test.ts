import { output, TABLE } from '../../support/output-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/table',
  accept: [output(TABLE)],
  reject: [{ ...output(TABLE.replace('8080/TCP         114s', '8080/TCP')), line: 2, column: 1, message: '5 values for 6 columns' }],
});
