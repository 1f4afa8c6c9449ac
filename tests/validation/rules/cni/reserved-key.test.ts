import { CONF, conf, LIST, list, RUNTIME_INPUTS } from '../../support/cni-fixtures.ts';
import { change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

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
