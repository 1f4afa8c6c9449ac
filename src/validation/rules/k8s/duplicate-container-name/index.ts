import { containersOf, podSpecOf } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

/** … and unique across containers, initContainers and ephemeralContainers of one Pod. */
export const duplicateContainerName: ResourceRule = {
  id: 'k8s/duplicate-container-name',
  level: 'api',
  target: 'resource',
  description: 'Container names must be unique within a Pod (containers, initContainers and ephemeralContainers together).',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const seen = new Set<string>();
    for (const { container, path } of containersOf(pod)) {
      if (typeof container.name !== 'string') continue;
      if (seen.has(container.name)) report({ at: resource.at([...path, 'name']), params: { name: container.name }, found: container.name });
      seen.add(container.name);
    }
  },
};
