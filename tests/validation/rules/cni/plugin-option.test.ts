import { CONF, conf, LIST, list } from '../../support/cni-fixtures.ts';
import { change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

testRule({
  rule: 'cni/plugin-option',
  accept: [
    { code: LIST, ...list },
    { code: CONF, ...conf },
  ],
  reject: [
    {
      code: change(
        LIST,
        '"hairpinMode":true,\n        "forceAddress":true,\n        "isDefaultGateway":true\n      }\n    },\n    {\n      "type":"portmap"',
        '"hairpinMode":true,\n        "forceAddress":true,\n        "isDefaultGateway":"yes"\n      }\n    },\n    {\n      "type":"portmap"',
      ),
      ...list,
      line: 10,
      column: 28,
      description: 'a flannel delegate (bridge) option of the wrong type',
    },
    { code: change(CONF, '"bridge": "cni0"', '"bridge": 0'), ...conf, line: 5, column: 13 },
    {
      code: change(CONF, '"routes": [{ "dst": "0.0.0.0/0" }]', '"routes": "0.0.0.0/0"'),
      ...conf,
      line: 11,
      column: 15,
      description: 'a host-local ipam option',
    },
    {
      code: change(LIST, '"bandwidth":true', '"portMappings":true\n      ,"bandwidth":true'),
      ...list,
      line: 22,
      column: 9,
      messageId: 'cni/plugin-option.capability',
    },
  ],
});
