import { manifests, output, TABLE } from '../../support/output-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/orphan',
  accept: [output(TABLE)],
  reject: [{ code: TABLE, file: 'lonely.out', with: manifests, line: 1, column: 1, message: 'lonely.sh' }],
});
