import { WIDGET, widget, withCrd } from '../../support/crd-fixtures.ts';
import { at, change, DEPLOYMENT, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Kubernetes schema rules (kubernetes-models validators + the client-node field index), Kubernetes 1.36.

const noContainers = change(DEPLOYMENT, '      containers:', '      initContainers:');
const noPort = change(SERVICE, '      port: 8080\n', '');
testRule({
  rule: 'k8s/required-field',
  accept: [{ code: DEPLOYMENT }, { code: SERVICE }],
  reject: [
    { code: noContainers, ...at(noContainers, '    spec:\n      auto', 4), message: '"containers"' },
    { code: noPort, ...at(noPort, '- name: http', 2), message: '"port"' },
  ],
});

// Custom resources validated against their CRD.
const noSize = widget('  size: 10\n', '');
const noListenerPort = widget('    - name: web\n      port: 80\n', '    - name: web\n');
const embeddedKind = widget('    kind: ConfigMap\n', '');
testRule({
  rule: 'k8s/required-field',
  accept: [{ code: WIDGET, with: withCrd }],
  reject: [
    { code: noSize, with: withCrd, ...at(noSize, 'spec:'), message: '"size"' },
    { code: noListenerPort, with: withCrd, ...at(noListenerPort, 'name: web'), message: '"port"' },
    {
      code: embeddedKind,
      with: withCrd,
      ...at(embeddedKind, 'template:'),
      message: '"kind"',
      description: 'an embedded resource without kind',
    },
  ],
});
