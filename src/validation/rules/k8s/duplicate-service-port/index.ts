import { get, isRecord } from '../../../k8s/workloads.ts';
import type { PathKey } from '../../../types.ts';
import type { ResourceRule } from '../../rule.ts';

/** ValidateService: port names unique, (port, protocol) unique, nodePorts unique. */
export const duplicateServicePort: ResourceRule = {
  id: 'k8s/duplicate-service-port',
  level: 'api',
  target: 'resource',
  description: 'Within a Service, port names, port+protocol pairs and nodePorts must be unique.',
  check(resource, report) {
    if (resource.kind !== 'Service') return;
    const ports = get(resource.value, ['spec', 'ports']);
    if (!Array.isArray(ports)) return;
    const names = new Map<string, number>();
    const numbers = new Map<string, number>();
    const nodePorts = new Map<string, number>();
    ports.forEach((port, index) => {
      if (!isRecord(port)) return;
      const base: PathKey[] = ['spec', 'ports', index];
      if (typeof port.name === 'string' && port.name !== '') {
        const first = names.get(port.name);
        if (first !== undefined)
          report({
            at: resource.at([...base, 'name']),
            messageId: 'k8s/duplicate-service-port.name',
            params: { name: port.name, first },
            found: port.name,
          });
        else names.set(port.name, index);
      }
      if (typeof port.port === 'number') {
        const key = `${port.port}/${String(port.protocol ?? 'TCP')}`;
        const first = numbers.get(key);
        if (first !== undefined) report({ at: resource.at([...base, 'port']), params: { port: key, first }, found: key });
        else numbers.set(key, index);
      }
      if (typeof port.nodePort === 'number' && port.nodePort !== 0) {
        const key = `${port.nodePort}/${String(port.protocol ?? 'TCP')}`;
        const first = nodePorts.get(key);
        if (first !== undefined)
          report({
            at: resource.at([...base, 'nodePort']),
            messageId: 'k8s/duplicate-service-port.node-port',
            params: { port: key, first },
            found: key,
          });
        else nodePorts.set(key, index);
      }
    });
  },
};
