import { change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const initContainer = '      initContainers:\n        - name: nginx\n          image: busybox:1.37\n';
const duplicate = change(DEPLOYMENT, '      containers:\n', `${initContainer}      containers:\n`);
testRule({
  rule: 'k8s/duplicate-container-name',
  accept: [
    { code: DEPLOYMENT },
    { code: change(DEPLOYMENT, '      containers:\n', `${initContainer.replace('nginx', 'init')}      containers:\n`) },
  ],
  reject: [{ code: duplicate, line: 28, column: 17, message: '"nginx"' }],
});
