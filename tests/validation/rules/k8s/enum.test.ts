import { widget, withCrd } from '../../support/crd-fixtures.ts';
import { at, change, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Kubernetes schema rules (kubernetes-models validators + the client-node field index), Kubernetes 1.36.

const badProtocol = change(SERVICE, 'protocol: TCP', 'protocol: HTTP');
const badType = change(SERVICE, 'type: ClusterIP', 'type: Internal');
testRule({
  rule: 'k8s/enum',
  accept: [{ code: SERVICE }, { code: change(SERVICE, 'type: ClusterIP', 'type: LoadBalancer') }],
  reject: [
    { code: badProtocol, ...at(badProtocol, 'HTTP'), message: 'SCTP, TCP, UDP' },
    { code: badType, ...at(badType, 'Internal'), message: 'ClusterIP, ExternalName, LoadBalancer, NodePort' },
  ],
});

// Custom resources validated against their CRD.
const purple = widget('colour: green', 'colour: purple');
testRule({
  rule: 'k8s/enum',
  accept: [{ code: widget('  colour: green\n', ''), with: withCrd, description: 'an absent field with a default' }],
  reject: [{ code: purple, with: withCrd, ...at(purple, 'purple'), message: 'red, green, blue' }],
});
