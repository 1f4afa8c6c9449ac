import { output, TABLE, WIDE, WIDE_TABLE } from '../../support/output-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/columns',
  accept: [
    output(TABLE),
    output(WIDE_TABLE, WIDE),
    output(`NAMESPACE ${TABLE.split('\n')[0]}\n`, 'kubectl get svc -A\n', { description: '-A adds NAMESPACE' }),
  ],
  reject: [
    { ...output(WIDE_TABLE), line: 1, column: 1, message: 'SELECTOR', description: 'a SELECTOR column without -o wide' },
    { ...output(TABLE, WIDE), line: 1, column: 1, description: '-o wide without SELECTOR' },
  ],
});
