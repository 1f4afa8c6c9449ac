import { containersOf, podSpecOf } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

/**
 * A container that serves a port should say when it is ready: a Service only sends traffic to ready Pods, so without a
 * probe it receives connections before the server listens. Containers without ports (a curl client) need none.
 */
export const readinessProbe: ResourceRule = {
  id: 'policy/readiness-probe',
  level: 'policy',
  target: 'resource',
  description: 'Every container that declares ports has a readinessProbe.',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { container, path, list } of containersOf(pod)) {
      if (list !== 'containers' || !Array.isArray(container.ports) || container.ports.length === 0) continue;
      if (container.readinessProbe === undefined)
        report({ at: resource.at([...path, 'name']), params: { container: String(container.name ?? '?') } });
    }
  },
};
