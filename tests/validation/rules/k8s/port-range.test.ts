import { at, change, DEPLOYMENT, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const bigContainerPort = change(DEPLOYMENT, 'containerPort: 8080', 'containerPort: 70000');
const zeroServicePort = change(SERVICE, 'port: 8080', 'port: 0');
const bigTargetPort = change(SERVICE, 'targetPort: http', 'targetPort: 65536');
testRule({
  rule: 'k8s/port-range',
  accept: [{ code: DEPLOYMENT }, { code: SERVICE }, { code: change(SERVICE, 'targetPort: http', 'targetPort: 65535') }],
  reject: [
    { code: bigContainerPort, ...at(bigContainerPort, '70000'), endLine: 29, endColumn: 35, description: 'the whole value 70000' },
    { code: zeroServicePort, ...at(zeroServicePort, 'port: 0', 6) },
    { code: bigTargetPort, ...at(bigTargetPort, '65536') },
  ],
});
