import { CONF, conf, LIST, list, SPEC_STYLE } from '../../support/cni-fixtures.ts';
import { at, change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

const typoVersion = change(LIST, '"cniVersion":"1.0.0"', '"cniVersoin":"1.0.0"');
testRule({
  rule: 'cni/unknown-key',
  accept: [
    { code: LIST, ...list },
    { code: SPEC_STYLE, ...list },
    { code: CONF, ...conf, description: "a single .conf (its keys are the plugin's options)" },
  ],
  reject: [
    {
      code: typoVersion,
      ...list,
      ...at(typoVersion, '"cniVersoin"'),
      messageId: 'cni/unknown-key.suggest',
      message: 'did you mean "cniVersion"?',
      severity: 'warning',
    },
    { code: change(LIST, '"name":"cbr0",', '"name":"cbr0",\n  "owner":"ops",'), ...list, line: 3, column: 3, messageId: 'cni/unknown-key' },
  ],
});
