import { get, isRecord } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

/** The API server's default --service-node-port-range, and validateServicePort's rule that ClusterIP Services have no nodePort. */
export const nodePortRange: ResourceRule = {
  id: 'k8s/node-port-range',
  level: 'api',
  target: 'resource',
  description: 'nodePort must be in the default NodePort range 30000–32767, and only on NodePort or LoadBalancer Services.',
  check(resource, report) {
    if (resource.kind !== 'Service') return;
    const type = get(resource.value, ['spec', 'type']) ?? 'ClusterIP';
    const ports = get(resource.value, ['spec', 'ports']);
    if (!Array.isArray(ports)) return;
    ports.forEach((port, index) => {
      if (!isRecord(port) || typeof port.nodePort !== 'number' || port.nodePort === 0) return;
      const at = resource.at(['spec', 'ports', index, 'nodePort']);
      if (type !== 'NodePort' && type !== 'LoadBalancer') {
        report({
          at,
          messageId: 'k8s/node-port-range.type',
          params: { type: String(type) },
          expected: 'NodePort or LoadBalancer',
          found: String(type),
        });
      } else if (port.nodePort < NODE_PORT_MIN || port.nodePort > NODE_PORT_MAX) {
        report({ at, params: { value: port.nodePort }, expected: `${NODE_PORT_MIN}-${NODE_PORT_MAX}`, found: String(port.nodePort) });
      }
    });
  },
};
