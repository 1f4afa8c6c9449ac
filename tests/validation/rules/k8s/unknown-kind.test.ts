import { CLUSTER_CRD, CRD, fleet, noSchema, WIDGET, widget, withCrd } from '../../support/crd-fixtures.ts';
import { at, DEPLOYMENT, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Kubernetes schema rules (kubernetes-models validators + the client-node field index), Kubernetes 1.36.

const unknownKind = 'apiVersion: v1\nkind: Servise\nmetadata:\n  name: x\n';
const removed = 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: x\n';
const wrongGroup = 'apiVersion: v1\nkind: Deployment\nmetadata:\n  name: x\n';
testRule({
  rule: 'k8s/unknown-kind',
  accept: [
    { code: SERVICE },
    { code: DEPLOYMENT },
    { code: 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnodes:\n  - role: control-plane\n', description: "kind's Cluster config" },
  ],
  reject: [
    { code: unknownKind, ...at(unknownKind, 'Servise'), messageId: 'k8s/unknown-kind.suggest', message: '"Service"' },
    { code: removed, ...at(removed, 'extensions/v1beta1'), messageId: 'k8s/unknown-kind.removed', message: 'apps/v1' },
    { code: wrongGroup, ...at(wrongGroup, 'v1'), messageId: 'k8s/unknown-kind.version' },
    { code: 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n', line: 2, column: 7, messageId: 'k8s/unknown-kind' },
  ],
});

// Custom resources: served by their CRD (a file of the same run).
const oldVersion = widget('example.com/v1', 'example.com/v1alpha1');
testRule({
  rule: 'k8s/unknown-kind',
  accept: [
    { code: WIDGET, with: withCrd, description: 'a kind its CRD serves' },
    { code: `${CRD}---\n${WIDGET}`, description: 'the CRD in the same file' },
  ],
  reject: [
    { code: WIDGET, ...at(WIDGET, 'Widget'), messageId: 'k8s/unknown-kind', description: 'a custom resource without its CRD' },
    {
      code: oldVersion,
      with: withCrd,
      ...at(oldVersion, 'example.com/v1alpha1'),
      messageId: 'k8s/unknown-kind.crd-version',
      message: 'example.com/v1',
    },
  ],
});

// A served version without a schema cannot be validated: its objects are errors, never a silent pass.
const schemaless = fleet('  name: blue\n');
testRule({
  rule: 'k8s/unknown-kind',
  accept: [{ code: schemaless, with: [{ name: 'fleet-crd.yaml', text: CLUSTER_CRD }] }],
  reject: [
    {
      code: schemaless,
      with: [{ name: 'fleet-crd.yaml', text: noSchema }],
      ...at(schemaless, 'Fleet'),
      messageId: 'k8s/unknown-kind.no-schema',
      description: 'a CRD version without openAPIV3Schema',
    },
  ],
});
