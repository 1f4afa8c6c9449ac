import { at, change, fixture } from '../support/manifests.ts';
import { testRule } from '../support/test-rule.ts';

// CNI network configuration (lists): the SPEC v1.1.0 schema and the options of known plugins.

const LIST = fixture('cni/flannel-k3s.conflist');
const CONF = fixture('cni/bridge.conf');
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
  ],
  reject: [
    { code: badVersion, ...list, ...at(badVersion, '"1.2.0"'), message: '0.1.0, 0.2.0, 0.3.0, 0.3.1, 0.4.0, 1.0.0, 1.1.0' },
    { code: noVersion, ...list, line: 1, column: 1, messageId: 'cni/required' },
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
    { code: change(CONF, '"mynet"', '"my net"'), ...conf, line: 3, column: 11 },
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
      code: change(CONF, '"type": "host-local",', '"subnet": "10.0.0.0/8",'),
      ...conf,
      line: 8,
      column: 3,
      messageId: 'cni/required',
      description: 'ipam without a type',
    },
  ],
});

testRule({
  rule: 'cni/reserved-key',
  accept: [
    { code: LIST, ...list },
    { code: CONF, ...conf, description: 'a single .conf has its own name and cniVersion' },
  ],
  reject: [
    {
      code: change(LIST, '"type":"portmap",', '"type":"portmap",\n      "runtimeConfig":{},'),
      ...list,
      line: 15,
      column: 7,
      message: '"runtimeConfig"',
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
      code: change(LIST, '"type":"portmap",', '"type":"portmap",\n      "frobnicate":1,'),
      ...list,
      line: 15,
      column: 7,
      messageId: 'cni/unknown-plugin-key',
      severity: 'warning',
    },
  ],
});
