import { at, change, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const twoPorts = `${SERVICE}    - name: metrics\n      port: 9090\n`;
const twoPortsUnnamed = change(twoPorts, '    - name: http\n      port: 8080', '    - port: 8080');
testRule({
  rule: 'k8s/service-port-name-required',
  accept: [
    { code: SERVICE },
    { code: twoPorts },
    { code: change(SERVICE, '    - name: http\n', '    - '), description: 'a single unnamed port' },
  ],
  reject: [{ code: twoPortsUnnamed, ...at(twoPortsUnnamed, 'port: 8080'), message: 'ports[0]' }],
});
