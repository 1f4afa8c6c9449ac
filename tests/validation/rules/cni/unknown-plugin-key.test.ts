import { CONF, conf, LIST, list } from '../../support/cni-fixtures.ts';
import { change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

testRule({
  rule: 'cni/unknown-plugin-key',
  accept: [
    { code: LIST, ...list },
    {
      code: change(LIST, '"type":"bandwidth",', '"type":"calico",\n      "log_level":"info",'),
      ...list,
      description: 'options of an unknown plugin are its own',
    },
  ],
  reject: [
    {
      code: change(LIST, '"hairpinMode":true', '"hairpinmode":true'),
      ...list,
      line: 8,
      column: 9,
      messageId: 'cni/unknown-plugin-key.suggest',
      message: '"hairpinMode"',
      severity: 'warning',
    },
    {
      code: change(CONF, '"cniVersion": "1.1.0"', '"cniVersoin": "1.1.0"'),
      ...conf,
      line: 2,
      column: 3,
      messageId: 'cni/unknown-plugin-key.suggest',
      message: 'did you mean "cniVersion"?',
      description: 'a typo of cniVersion in a single .conf',
    },
    {
      code: change(LIST, '"type":"portmap",', '"type":"portmap",\n      "frobnicate":1,'),
      ...list,
      line: 15,
      column: 7,
      messageId: 'cni/unknown-plugin-key',
      severity: 'warning',
    },
  ],
});
