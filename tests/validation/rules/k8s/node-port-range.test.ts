import { at, change, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const nodePortService = change(SERVICE, 'type: ClusterIP', 'type: NodePort');
const lowNodePort = change(nodePortService, 'targetPort: http', 'targetPort: http\n      nodePort: 8080');
const clusterIpNodePort = change(SERVICE, 'targetPort: http', 'targetPort: http\n      nodePort: 30080');
testRule({
  rule: 'k8s/node-port-range',
  accept: [{ code: change(nodePortService, 'targetPort: http', 'targetPort: http\n      nodePort: 30080') }, { code: nodePortService }],
  reject: [
    { code: lowNodePort, ...at(lowNodePort, 'nodePort: 8080', 10), message: '30000-32767' },
    { code: clusterIpNodePort, ...at(clusterIpNodePort, '30080'), messageId: 'k8s/node-port-range.type' },
  ],
});
