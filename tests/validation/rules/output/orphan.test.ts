import { testRule } from '../../support/test-rule.ts';
import { manifests, output, TABLE } from './cases.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/orphan',
  accept: [output(TABLE)],
  reject: [{ code: TABLE, file: 'lonely.out', with: manifests, line: 1, column: 1, message: 'lonely.sh' }],
});
