import { at, change, fixture } from '../support/manifests.ts';
import { testRule } from '../support/test-rule.ts';

// CNI network configuration (lists): the SPEC v1.1.0 schema and the options of known plugins.

const LIST = fixture('cni/flannel-k3s.conflist');
const CONF = fixture('cni/bridge.conf');
/** Shaped like the SPEC's own example list (bridge, tuning, portmap; cniVersions; dns; plugin-specific keys). */
const SPEC_STYLE = fixture('cni/spec-style.conflist');
/** What libcni accepts although a stricter reading would not: no cniVersion, ipam: {}, a plugin name, runtimeConfig. */
const RUNTIME_INPUTS = fixture('cni/runtime-inputs.conflist');
const list = { file: 'test.conflist' };
const conf = { file: 'test.conf' };

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

const emptyPlugins = `${LIST.slice(0, LIST.indexOf('"plugins":[') + '"plugins":['.length)}]\n}\n`;
testRule({
  rule: 'cni/plugins',
  accept: [{ code: LIST, ...list }],
  reject: [
    { code: emptyPlugins, ...list, ...at(emptyPlugins, '[]'), message: 'at least 1' },
    { code: '{"cniVersion":"1.0.0","name":"x","plugins":{"type":"bridge"}}', ...list, line: 1, column: 44 },
  ],
});

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

const withArgs = change(LIST, '"type":"portmap",', '"type":"portmap",\n      "args":{"labels":{}},');
const withCniDev = change(LIST, '"type":"portmap",', '"type":"portmap",\n      "cni.dev/debug":true,');
testRule({
  rule: 'cni/reserved-key',
  accept: [
    { code: LIST, ...list },
    { code: CONF, ...conf, description: 'a single .conf has its own name and cniVersion' },
    { code: RUNTIME_INPUTS, ...list, description: 'a plugin name and cniVersion (libcni overwrites them) and runtimeConfig' },
  ],
  reject: [
    { code: withArgs, ...list, line: 15, column: 7, message: '"args"', severity: 'error', description: 'args (example set: error)' },
    { code: withCniDev, ...list, line: 15, column: 7, mode: 'loose', severity: 'warning', description: 'a cni.dev/ key (loose: warning)' },
  ],
});

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
