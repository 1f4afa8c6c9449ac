import { CONF, conf, LIST, list, SPEC_STYLE } from '../../support/cni-fixtures.ts';
import { at, change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

const badVersion = change(LIST, '"1.0.0"', '"1.2.0"');
const noVersion = change(LIST, '  "cniVersion":"1.0.0",\n', '');
testRule({
  rule: 'cni/cni-version',
  accept: [
    { code: LIST, ...list },
    { code: change(LIST, '"1.0.0"', '"0.3.1"'), ...list },
    { code: CONF, ...conf },
    { code: SPEC_STYLE, ...list, description: 'a list shaped like the SPEC example, with cniVersions' },
  ],
  reject: [
    { code: badVersion, ...list, ...at(badVersion, '"1.2.0"'), message: '0.1.0, 0.2.0, 0.3.0, 0.3.1, 0.4.0, 1.0.0, 1.1.0' },
    {
      code: noVersion,
      ...list,
      line: 1,
      column: 1,
      messageId: 'cni/cni-version.missing',
      severity: 'warning',
      message: '0.1.0',
      description: 'a missing cniVersion (accepted by libcni: a warning)',
    },
    { code: change(LIST, '"1.0.0"', '1.0'), file: 'cni.json', line: 3, column: 16, description: 'a .json with cniVersion is a CNI config' },
  ],
});
