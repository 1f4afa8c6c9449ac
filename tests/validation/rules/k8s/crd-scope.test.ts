import { CLUSTER_CRD, fleet, WIDGET, withCrd } from '../../support/crd-fixtures.ts';
import { at } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Custom resources of a cluster-scoped CRD: the API server ignores their metadata.namespace.

const namespacedFleet = fleet('  name: blue\n  namespace: default\n');
testRule({
  rule: 'k8s/crd-scope',
  accept: [
    { code: fleet('  name: blue\n'), with: [{ name: 'fleet-crd.yaml', text: CLUSTER_CRD }] },
    { code: WIDGET, with: withCrd, description: 'a namespaced kind with a namespace' },
  ],
  reject: [
    {
      code: namespacedFleet,
      with: [{ name: 'fleet-crd.yaml', text: CLUSTER_CRD }],
      ...at(namespacedFleet, 'default'),
      severity: 'warning',
    },
  ],
});
