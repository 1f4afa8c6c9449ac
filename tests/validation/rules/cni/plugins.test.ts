import { LIST, list } from '../../support/cni-fixtures.ts';
import { at } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

const emptyPlugins = `${LIST.slice(0, LIST.indexOf('"plugins":[') + '"plugins":['.length)}]\n}\n`;
testRule({
  rule: 'cni/plugins',
  accept: [{ code: LIST, ...list }],
  reject: [
    { code: emptyPlugins, ...list, ...at(emptyPlugins, '[]'), message: 'at least 1' },
    { code: '{"cniVersion":"1.0.0","name":"x","plugins":{"type":"bridge"}}', ...list, line: 1, column: 44 },
  ],
});
