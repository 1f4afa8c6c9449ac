import { at, change, DEPLOYMENT } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const upperContainer = change(DEPLOYMENT, '- name: nginx', '- name: Nginx');
testRule({
  rule: 'k8s/container-name',
  accept: [{ code: DEPLOYMENT }],
  reject: [{ code: upperContainer, ...at(upperContainer, 'Nginx'), message: 'RFC 1123 label' }],
});
