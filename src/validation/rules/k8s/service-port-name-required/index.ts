import { get, isRecord } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

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
