import { dns1123Label, ianaServiceName, isPortNumber } from '../../k8s/names.ts';
import { get, isRecord } from '../../k8s/workloads.ts';
import type { PathKey } from '../../types.ts';
import type { ResourceRule } from '../rule.ts';
import { portRefs } from './support/port-refs.ts';

/** validation.IsValidPortNum, used by validateContainerPorts, validateServicePort, validateNetworkPolicyPort, probes. */
export const portRange: ResourceRule = {
  id: 'k8s/port-range',
  level: 'api',
  target: 'resource',
  description: 'Port numbers (containerPort, hostPort, Service port and targetPort, probe and NetworkPolicy ports) must be 1–65535.',
  check(resource, report) {
    for (const ref of portRefs(resource).numbers) {
      if (typeof ref.value !== 'number') continue; // a string where a number belongs is k8s/type
      if (ref.kind === 'number-or-zero' && ref.value === 0) continue;
      if (!isPortNumber(ref.value))
        report({ at: resource.at(ref.path), params: { value: ref.value }, expected: '1-65535', found: String(ref.value) });
    }
  },
};

/** IsValidPortName (container ports, named targetPorts, probes) and ValidateDNS1123Label (Service port names). */
export const portName: ResourceRule = {
  id: 'k8s/port-name',
  level: 'api',
  target: 'resource',
  description:
    'Container port names and named targetPorts must be IANA service names (≤ 15 chars, a-z0-9-, one letter); Service port names DNS-1123 labels.',
  check(resource, report) {
    for (const ref of portRefs(resource).names) {
      const problem = ref.syntax === 'iana' ? ianaServiceName(ref.value) : dns1123Label(ref.value);
      if (problem) report({ at: resource.at(ref.path), params: { name: ref.value }, expected: problem, found: ref.value });
    }
  },
};

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

/** ValidateService: with more than one port, every port needs a name (Endpoints use it to tell them apart). */
export const servicePortNameRequired: ResourceRule = {
  id: 'k8s/service-port-name-required',
  level: 'api',
  target: 'resource',
  description: 'A Service with more than one port must name every port.',
  check(resource, report) {
    if (resource.kind !== 'Service') return;
    const ports = get(resource.value, ['spec', 'ports']);
    if (!Array.isArray(ports) || ports.length < 2) return;
    ports.forEach((port, index) => {
      if (isRecord(port) && (port.name === undefined || port.name === ''))
        report({ at: resource.at(['spec', 'ports', index]), params: { index } });
    });
  },
};

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
