import { testRule } from '../../support/test-rule.ts';
import { conf, LIST, list, SPEC_STYLE } from './cases.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

testRule({
  rule: 'cni/syntax',
  accept: [
    { code: LIST, ...list },
    { code: SPEC_STYLE, ...list },
    {
      code: '{"cniVersion": "1.0.0", "name": "a", "name": "b", "type": "bridge"}',
      ...conf,
      description: 'a repeated key (encoding/json keeps the last)',
    },
  ],
  reject: [
    { code: '{\n  // the pod network\n  "cniVersion": "1.0.0"\n}\n', ...list, line: 2, column: 3, message: 'comments are not allowed' },
    {
      code: '{"cniVersion": "1.0.0", "name": "n", "plugins": [{"type": "bridge"},]}\n',
      ...list,
      line: 1,
      column: 69,
      message: 'trailing comma',
    },
    { code: 'cniVersion: 1.0.0\nname: n\nplugins:\n  - type: bridge\n', ...list, line: 1, column: 1, message: 'looks like YAML' },
    { code: "{'cniVersion': '1.0.0'}", ...conf, line: 1, column: 2, message: 'double quotes' },
    { code: '{"cniVersion": "1.0.0", "name": "n", "type": "bridge"}\n{}\n', ...conf, line: 2, column: 1, message: 'only one JSON value' },
    {
      code: '# flannel\n{"cniVersion": "1.0.0", "name": "n", "type": "flannel"}\n',
      file: 'cni.json',
      line: 1,
      column: 1,
      description: 'a .json CNI config with a YAML comment (kubectl would not read it, libcni neither)',
    },
  ],
});
