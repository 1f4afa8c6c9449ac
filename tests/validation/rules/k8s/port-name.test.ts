import { at, change, DEPLOYMENT, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const longPortName = change(DEPLOYMENT, '- name: http', '- name: http-alternate-port');
const digitsOnly = change(DEPLOYMENT, '- name: http', '- name: "8080"');
const servicePortName = change(SERVICE, '- name: http', '- name: HTTP');
const targetPortName = change(SERVICE, 'targetPort: http', 'targetPort: web--http');
testRule({
  rule: 'k8s/port-name',
  accept: [
    { code: DEPLOYMENT },
    { code: SERVICE },
    {
      code: change(SERVICE, '- name: http', '- name: http-alternate-port'),
      description: 'a Service port name is a DNS label, not limited to 15',
    },
  ],
  reject: [
    { code: longPortName, ...at(longPortName, 'http-alternate-port'), message: '15' },
    { code: digitsOnly, ...at(digitsOnly, '"8080"'), message: 'at least one letter' },
    { code: servicePortName, ...at(servicePortName, 'HTTP'), message: 'RFC 1123 label' },
    { code: targetPortName, ...at(targetPortName, 'web--http'), message: "'--'" },
  ],
});
