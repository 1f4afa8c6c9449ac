import { CONF, conf, LIST, list } from '../../support/cni-fixtures.ts';
import { at, change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

const badName = change(LIST, '"cbr0"', '"-cbr0"');
testRule({
  rule: 'cni/name',
  accept: [
    { code: LIST, ...list },
    { code: change(LIST, '"cbr0"', '"k8s-pod.net_1"'), ...list },
  ],
  reject: [
    { code: badName, ...list, ...at(badName, '"-cbr0"') },
    {
      code: change(CONF, '"mynet"', '"my net"'),
      ...conf,
      line: 3,
      column: 11,
      endLine: 3,
      endColumn: 19,
      description: 'the whole string value',
    },
  ],
});
