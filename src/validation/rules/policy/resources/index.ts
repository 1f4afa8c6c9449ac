import { containersOf, get, podSpecOf } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

const REQUIRED = [
  ['requests', 'cpu'],
  ['requests', 'memory'],
  ['limits', 'memory'],
] as const;

/**
 * Requests let the scheduler place the Pod; a memory limit keeps one example from starving a laptop cluster.
 * A CPU limit is not required (it throttles without protecting anything else).
 */
export const resourcesRule: ResourceRule = {
  id: 'policy/resources',
  level: 'policy',
  target: 'resource',
  description: 'Every container (and init container) sets resources.requests.cpu, resources.requests.memory and resources.limits.memory.',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { container, path, list } of containersOf(pod)) {
      if (list === 'ephemeralContainers') continue; // ephemeral containers may not set resources
      const missing = REQUIRED.filter(([group, name]) => get(container, ['resources', group, name]) === undefined).map(
        ([g, n]) => `${g}.${n}`,
      );
      if (missing.length > 0) {
        const where = get(container, ['resources']) !== undefined ? [...path, 'resources'] : path;
        report({
          at: resource.at(where, { key: true }),
          params: { container: String(container.name ?? '?'), missing: missing.join(', ') },
          expected: REQUIRED.map(([g, n]) => `${g}.${n}`).join(', '),
          found: missing.join(', '),
        });
      }
    }
  },
};
