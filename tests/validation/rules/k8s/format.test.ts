import { WIDGET, widget, withCrd } from '../../support/crd-fixtures.ts';
import { at, change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Kubernetes schema rules (kubernetes-models validators + the client-node field index), Kubernetes 1.36.

const badCpu = change(DEPLOYMENT, 'cpu: 50m', 'cpu: 50 millicores');
const badMemory = change(DEPLOYMENT, 'memory: 64Mi', 'memory: 64MB');
testRule({
  rule: 'k8s/format',
  accept: [
    { code: DEPLOYMENT },
    { code: change(DEPLOYMENT, 'cpu: 50m', 'cpu: 0.5'), description: 'a decimal quantity' },
    { code: change(DEPLOYMENT, 'memory: 64Mi', 'memory: 1e9'), description: 'an exponent quantity' },
    { code: change(DEPLOYMENT, 'memory: 64Mi', 'memory: 128974848'), description: 'a number quantity' },
  ],
  reject: [
    { code: badCpu, ...at(badCpu, '50 millicores'), message: 'quantity' },
    { code: badMemory, ...at(badMemory, '64MB') },
  ],
});

// Custom resources validated against their CRD.
const badAddress = widget('192.0.2.10', '192.0.2.300');
testRule({
  rule: 'k8s/format',
  accept: [{ code: WIDGET, with: withCrd }],
  reject: [{ code: badAddress, with: withCrd, ...at(badAddress, '192.0.2.300'), message: 'ipv4' }],
});
