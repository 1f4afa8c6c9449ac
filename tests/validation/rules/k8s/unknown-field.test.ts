import { WIDGET, widget, withCrd } from '../../support/crd-fixtures.ts';
import { at, change, DEPLOYMENT, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Kubernetes schema rules (kubernetes-models validators + the client-node field index), Kubernetes 1.36.

const typo = change(SERVICE, '  ports:', '  prots:');
const nested = change(DEPLOYMENT, '              containerPort: 8080', '              containerport: 8080');
const noSuggestion = change(SERVICE, '  type: ClusterIP', '  type: ClusterIP\n  wibble: true');
testRule({
  rule: 'k8s/unknown-field',
  accept: [
    { code: SERVICE },
    { code: DEPLOYMENT },
    {
      code: change(SERVICE, 'metadata:\n  name: web', 'metadata:\n  creationTimestamp: null\n  name: web'),
      description: 'creationTimestamp: null',
    },
  ],
  reject: [
    { code: typo, ...at(typo, 'prots'), messageId: 'k8s/unknown-field.suggest', message: 'did you mean "ports"' },
    { code: nested, ...at(nested, 'containerport'), messageId: 'k8s/unknown-field.suggest', message: '"containerPort"' },
    { code: noSuggestion, ...at(noSuggestion, 'wibble'), messageId: 'k8s/unknown-field' },
    {
      code: 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnodes:\n  - role: control-plane\n    extraPortMapings: []\n',
      line: 5,
      column: 5,
      description: "a typo in kind's Cluster config",
    },
  ],
});

// Custom resources validated against their CRD.
const widgetTypo = widget('  owner: team-a', '  ownr: team-a');
const metadataTypo = widget('  namespace: default', '  namespce: default');
testRule({
  rule: 'k8s/unknown-field',
  accept: [{ code: WIDGET, with: withCrd, description: 'a widget with every field (preserve-unknown-fields, embedded resource, map)' }],
  reject: [
    { code: widgetTypo, with: withCrd, ...at(widgetTypo, 'ownr'), message: 'unknown field "ownr" in Widget spec' },
    { code: metadataTypo, with: withCrd, ...at(metadataTypo, 'namespce'), message: 'ObjectMeta' },
    {
      code: widget('    tier: backend', '    tier: backend\nstatus: {}'),
      with: withCrd,
      line: 35,
      column: 1,
      description: 'a root field the schema does not declare',
    },
  ],
});
