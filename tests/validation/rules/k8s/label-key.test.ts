import { SELECTOR_CRD } from '../../support/crd-fixtures.ts';
import { at, change, DEPLOYMENT, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const badKey = change(DEPLOYMENT, '  labels:\n    app: web', '  labels:\n    -app: web');
const badPrefix = change(DEPLOYMENT, '      labels:\n        app: web', '      labels:\n        app: web\n        Example.COM/tier: web');
const badExpression = change(
  DEPLOYMENT,
  '    matchLabels:\n      app: web',
  '    matchLabels:\n      app: web\n    matchExpressions:\n      - key: "a b"\n        operator: Exists',
);
const badServiceSelector = change(SERVICE, '    app: web', '    app/: web');
testRule({
  rule: 'k8s/label-key',
  accept: [{ code: DEPLOYMENT }, { code: change(DEPLOYMENT, '  labels:\n    app: web', '  labels:\n    app.kubernetes.io/name: web') }],
  reject: [
    { code: badKey, ...at(badKey, '-app') },
    { code: badPrefix, ...at(badPrefix, 'Example.COM'), message: 'prefix' },
    { code: badExpression, ...at(badExpression, '"a b"') },
    { code: badServiceSelector, ...at(badServiceSelector, 'app/') },
  ],
});

// A CRD's openAPIV3Schema is not a label map: its own metadata.labels is.
const badCrdLabelKey = change(SELECTOR_CRD, '    app.kubernetes.io/name: probes', '    -app: probes');
testRule({
  rule: 'k8s/label-key',
  accept: [{ code: SELECTOR_CRD, description: 'schema keywords under matchLabels are not label keys' }],
  reject: [{ code: badCrdLabelKey, ...at(badCrdLabelKey, '-app'), description: "the CRD's own metadata.labels" }],
});
