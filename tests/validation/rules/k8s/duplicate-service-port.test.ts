import { at, change, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const nodePortService = change(SERVICE, 'type: ClusterIP', 'type: NodePort');
const twoPorts = `${SERVICE}    - name: metrics\n      port: 9090\n`;
const dupName = `${SERVICE}    - name: http\n      port: 9090\n`;
const dupPort = `${SERVICE}    - name: other\n      port: 8080\n`;
const dupNodePort = change(
  `${nodePortService}    - name: other\n      port: 9090\n      nodePort: 30080\n`,
  'targetPort: http',
  'targetPort: http\n      nodePort: 30080',
);
testRule({
  rule: 'k8s/duplicate-service-port',
  accept: [
    { code: twoPorts },
    { code: `${SERVICE}    - name: dns\n      port: 8080\n      protocol: UDP\n`, description: 'same number, other protocol' },
  ],
  reject: [
    { code: dupName, ...at(dupName, 'name: http\n      port: 9090', 6), messageId: 'k8s/duplicate-service-port.name' },
    { code: dupPort, line: 16, column: 13, message: '8080/TCP' },
    { code: dupNodePort, line: 18, column: 17, messageId: 'k8s/duplicate-service-port.node-port' },
  ],
});
