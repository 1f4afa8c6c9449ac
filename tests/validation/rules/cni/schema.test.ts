import { CONF, conf, LIST, list, RUNTIME_INPUTS, SPEC_STYLE } from '../../support/cni-fixtures.ts';
import { change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

testRule({
  rule: 'cni/schema',
  accept: [
    { code: LIST, ...list },
    { code: change(LIST, '"name":"cbr0",', '"name":"cbr0",\n  "disableCheck":true,\n  "disableGC":false,'), ...list },
  ],
  reject: [
    {
      code: change(LIST, '"portMappings":true', '"portMappings":"yes"'),
      ...list,
      line: 16,
      column: 24,
      description: 'a capability that is not a boolean',
    },
    { code: change(LIST, '"name":"cbr0",', '"name":"cbr0",\n  "disableCheck":"true",'), ...list, line: 3, column: 18 },
    {
      code: change(CONF, '"type": "host-local",', '"type": 7,'),
      ...conf,
      line: 9,
      column: 13,
      description: 'an ipam type that is not a string',
    },
  ],
});

testRule({
  rule: 'cni/schema',
  accept: [
    { code: RUNTIME_INPUTS, ...list, description: 'ipam: {} (bridge then assigns no address), a plugin name, runtimeConfig' },
    { code: change(CONF, '"type": "host-local",', '"subnet": "10.0.0.0/8",'), ...conf, description: 'ipam without a type' },
    { code: SPEC_STYLE, ...list },
  ],
  reject: [{ code: change(SPEC_STYLE, '"mac": true', '"mac": 1'), ...list, line: 20, column: 32 }],
});
