import { PROBE, SELECTOR_CRD, withSelectorCrd } from '../../support/crd-fixtures.ts';
import { at, change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const badValue = change(DEPLOYMENT, '  labels:\n    app: web', '  labels:\n    app: web app');
const longValue = change(DEPLOYMENT, '  labels:\n    app: web', `  labels:\n    app: ${'v'.repeat(64)}`);
testRule({
  rule: 'k8s/label-value',
  accept: [
    { code: DEPLOYMENT },
    { code: change(DEPLOYMENT, '  labels:\n    app: web', '  labels:\n    app: ""'), description: 'an empty value' },
  ],
  reject: [
    { code: badValue, ...at(badValue, 'web app') },
    { code: longValue, ...at(longValue, 'vvvv'), message: 'at most 63' },
  ],
});

// Label rules follow schema-typed locations: a CRD's openAPIV3Schema (and a custom resource's own fields) is not a
// label map, however its properties are named. The custom resource's metadata.labels still is.
const badProbeLabel = change(PROBE, '    app.kubernetes.io/name: probes', '    app.kubernetes.io/name: probes for edge');
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
