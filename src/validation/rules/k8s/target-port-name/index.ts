import { containersOf, get, isRecord } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';
import { selectedPods } from '../support/selected-pods.ts';

/**
 * A targetPort given by name is looked up in each selected Pod's container ports (the EndpointSlice controller's
 * FindPort, pkg/api/v1/pod/util.go); a Pod without that named port gets no endpoint.
 */
export const targetPortName: ResourceRule = {
  id: 'k8s/target-port-name',
  level: 'cross-file',
  target: 'resource',
  description: 'A targetPort given by name must be a named containerPort in every Pod the Service selects.',
  check(resource, report, env) {
    if (resource.kind !== 'Service') return;
    const ports = get(resource.value, ['spec', 'ports']);
    const pods = selectedPods(resource, env);
    if (!Array.isArray(ports) || !pods || pods.length === 0) return;
    ports.forEach((port, index) => {
      if (!isRecord(port) || typeof port.targetPort !== 'string') return;
      for (const { resource: owner, pod } of pods) {
        const names = containersOf(pod)
          .filter((c) => c.list === 'containers')
          .flatMap((c) => (Array.isArray(c.container.ports) ? c.container.ports : []))
          .flatMap((p) => (isRecord(p) && typeof p.name === 'string' ? [p.name] : []));
        if (!names.includes(port.targetPort)) {
          report({
            at: resource.at(['spec', 'ports', index, 'targetPort']),
            params: {
              name: port.targetPort,
              kind: owner.kind,
              owner: owner.name ?? '?',
              file: owner.file,
              available: names.join(', ') || '(none)',
            },
            expected: names.join(', ') || 'a named containerPort',
            found: port.targetPort,
          });
          return;
        }
      }
    });
  },
};
