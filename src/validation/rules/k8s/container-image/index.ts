import { containersOf, podSpecOf } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

/**
 * validateContainersOnlyForPod and validateEphemeralContainers: a Pod's containers need an image. In a Pod template
 * the field is optional ("to allow higher level config management to default or override container images in
 * workload controllers"), so there it is a warning: the object is accepted, its Pods would not be.
 */
export const containerImage: ResourceRule = {
  id: 'k8s/container-image',
  level: 'api',
  target: 'resource',
  description:
    'Every container of a Pod (containers, initContainers, ephemeralContainers) has a non-empty image without surrounding spaces. In a Pod template the field is optional in the API (tools may fill it in), so a missing image there is a warning: the object is accepted, its Pods would not be.',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const isPod = resource.kind === 'Pod';
    for (const { container, path } of containersOf(pod)) {
      const image = container.image;
      if (image === undefined || image === '') {
        report({
          at: resource.at(image === undefined ? path : [...path, 'image'], { key: image === undefined }),
          messageId: isPod ? 'k8s/container-image' : 'k8s/container-image.template',
          params: { container: String(container.name ?? '') },
          severity: isPod ? 'error' : 'warning',
          expected: 'image',
        });
      } else if (typeof image === 'string' && image.trim() !== image) {
        report({
          at: resource.at([...path, 'image']),
          messageId: 'k8s/container-image.whitespace',
          params: { container: String(container.name ?? ''), image },
          found: JSON.stringify(image),
        });
      }
    }
  },
};
