import { containersOf, podSpecOf } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

/** A pinned image makes an example reproducible: `:latest` or no tag changes under the reader. A digest is best. */
export const imageTag: ResourceRule = {
  id: 'policy/image-tag',
  level: 'policy',
  target: 'resource',
  description: 'Container images must be pinned: a tag other than `latest`, or a digest.',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { container, path } of containersOf(pod)) {
      if (typeof container.image !== 'string') continue;
      const image = container.image;
      if (image.includes('@sha256:')) continue;
      const lastSegment = image.slice(image.lastIndexOf('/') + 1);
      const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : undefined;
      if (tag === undefined || tag === 'latest') {
        report({
          at: resource.at([...path, 'image']),
          messageId: tag === undefined ? 'policy/image-tag.missing' : 'policy/image-tag',
          params: { image },
          expected: 'name:tag or name@sha256:digest',
          found: image,
        });
      }
    }
  },
};
