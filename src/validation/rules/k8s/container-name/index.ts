import { dns1123Label } from '../../../k8s/names.ts';
import { containersOf, podSpecOf } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

/** validateContainers / validateInitContainers (pkg/apis/core/validation): names are DNS-1123 labels … */
export const containerName: ResourceRule = {
  id: 'k8s/container-name',
  level: 'api',
  target: 'resource',
  description: 'Container names must be DNS-1123 labels (lower-case, at most 63 characters).',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { container, path } of containersOf(pod)) {
      if (typeof container.name !== 'string') continue;
      const problem = dns1123Label(container.name);
      if (problem)
        report({
          at: resource.at([...path, 'name']),
          params: { name: container.name, expected: problem },
          expected: problem,
          found: container.name,
        });
    }
  },
};
