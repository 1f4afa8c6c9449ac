import { CONF, conf, LIST, list } from '../../support/cni-fixtures.ts';
import { change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

const noType = change(LIST, '      "type":"portmap",\n', '');
testRule({
  rule: 'cni/plugin-type',
  accept: [
    { code: LIST, ...list },
    { code: CONF, ...conf },
  ],
  reject: [
    { code: noType, ...list, line: 13, column: 5, messageId: 'cni/required' },
    { code: change(LIST, '"type":"bandwidth"', '"type":""'), ...list, line: 20, column: 14 },
  ],
});
