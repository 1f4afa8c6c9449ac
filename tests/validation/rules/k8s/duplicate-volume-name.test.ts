import { change, POD } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const twoVolumes = change(POD, '      emptyDir: {}\n', '      emptyDir: {}\n    - name: data\n      configMap:\n        name: settings\n');
testRule({
  rule: 'k8s/duplicate-volume-name',
  accept: [{ code: POD }, { code: change(twoVolumes, '    - name: data\n      configMap', '    - name: settings\n      configMap') }],
  reject: [{ code: twoVolumes, line: 21, column: 13, message: 'volumes[0]' }],
});
