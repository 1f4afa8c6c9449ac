import { PROBE, SELECTOR_CRD, withSelectorCrd } from '../support/crd-fixtures.ts';
import { at, change } from '../support/manifests.ts';
import { testRule } from '../support/test-rule.ts';

// Label rules follow schema-typed locations: a CRD's openAPIV3Schema (and a custom resource's own fields) is not a
// label map, however its properties are named. The custom resource's metadata.labels still is.
const badProbeLabel = change(PROBE, '    app.kubernetes.io/name: probes', '    app.kubernetes.io/name: probes for edge');
const badCrdLabelKey = change(SELECTOR_CRD, '    app.kubernetes.io/name: probes', '    -app: probes');
testRule({
  rule: 'k8s/label-value',
  accept: [
    { code: SELECTOR_CRD, description: 'matchLabels and nodeSelector properties with descriptions in a CRD schema' },
    { code: PROBE, with: withSelectorCrd, description: "a custom resource's own selector fields" },
  ],
  reject: [
    {
      code: badProbeLabel,
      with: withSelectorCrd,
      ...at(badProbeLabel, 'probes for edge'),
      description: "a custom resource's metadata.labels",
    },
  ],
});
testRule({
  rule: 'k8s/label-key',
  accept: [{ code: SELECTOR_CRD, description: 'schema keywords under matchLabels are not label keys' }],
  reject: [{ code: badCrdLabelKey, ...at(badCrdLabelKey, '-app'), description: "the CRD's own metadata.labels" }],
});
