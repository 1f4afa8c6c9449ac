import { containersOf, get, isRecord, podSpecOf } from '../../../k8s/workloads.ts';
import type { Resource } from '../../../resource.ts';
import type { PathKey } from '../../../types.ts';

/** Every port number and port name in a resource, with the syntax Kubernetes requires of it. */
interface PortRef {
  value: unknown;
  path: PathKey[];
  /** 'number': must be 1–65535. 'number-or-zero': 0 means "not set". 'int-or-name': a number, or an IANA_SVC_NAME. */
  kind: 'number' | 'number-or-zero' | 'int-or-name';
}

export function portRefs(resource: Resource): {
  numbers: PortRef[];
  names: { value: string; path: PathKey[]; syntax: 'iana' | 'dns-label' }[];
} {
  const numbers: PortRef[] = [];
  const names: { value: string; path: PathKey[]; syntax: 'iana' | 'dns-label' }[] = [];
  const addIntOrName = (value: unknown, path: PathKey[]) => {
    if (typeof value === 'string') names.push({ value, path, syntax: 'iana' });
    else if (value !== undefined) numbers.push({ value, path, kind: 'int-or-name' });
  };
  const pod = podSpecOf(resource);
  if (pod) {
    for (const { container, path } of containersOf(pod)) {
      const ports = container.ports;
      if (Array.isArray(ports)) {
        ports.forEach((port, index) => {
          if (!isRecord(port)) return;
          if (port.containerPort !== undefined)
            numbers.push({ value: port.containerPort, path: [...path, 'ports', index, 'containerPort'], kind: 'number' });
          if (port.hostPort !== undefined)
            numbers.push({ value: port.hostPort, path: [...path, 'ports', index, 'hostPort'], kind: 'number-or-zero' });
          if (typeof port.name === 'string') names.push({ value: port.name, path: [...path, 'ports', index, 'name'], syntax: 'iana' });
        });
      }
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        for (const handler of ['httpGet', 'tcpSocket']) {
          const port = get(container, [probe, handler, 'port']);
          addIntOrName(port, [...path, probe, handler, 'port']);
        }
        const grpc = get(container, [probe, 'grpc', 'port']);
        if (grpc !== undefined) numbers.push({ value: grpc, path: [...path, probe, 'grpc', 'port'], kind: 'number' });
      }
    }
  }
  if (resource.kind === 'Service') {
    const ports = get(resource.value, ['spec', 'ports']);
    if (Array.isArray(ports)) {
      ports.forEach((port, index) => {
        if (!isRecord(port)) return;
        const base: PathKey[] = ['spec', 'ports', index];
        if (port.port !== undefined) numbers.push({ value: port.port, path: [...base, 'port'], kind: 'number' });
        // targetPort 0 or absent is defaulted to port before validation (SetDefaults_Service).
        if (typeof port.targetPort === 'string') names.push({ value: port.targetPort, path: [...base, 'targetPort'], syntax: 'iana' });
        else if (port.targetPort !== undefined)
          numbers.push({ value: port.targetPort, path: [...base, 'targetPort'], kind: 'number-or-zero' });
        if (typeof port.name === 'string' && port.name !== '')
          names.push({ value: port.name, path: [...base, 'name'], syntax: 'dns-label' });
      });
    }
  }
  if (resource.kind === 'NetworkPolicy') {
    for (const direction of ['ingress', 'egress']) {
      const rules = get(resource.value, ['spec', direction]);
      if (!Array.isArray(rules)) continue;
      rules.forEach((rule, r) => {
        const ports = get(rule, ['ports']);
        if (!Array.isArray(ports)) return;
        ports.forEach((port, p) => {
          if (!isRecord(port)) return;
          addIntOrName(port.port, ['spec', direction, r, 'ports', p, 'port']);
          if (port.endPort !== undefined)
            numbers.push({ value: port.endPort, path: ['spec', direction, r, 'ports', p, 'endPort'], kind: 'number' });
        });
      });
    }
  }
  return { numbers, names };
}
