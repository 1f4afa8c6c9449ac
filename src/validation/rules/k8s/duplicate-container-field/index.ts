import { containersOf, podSpecOf } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';
import { duplicatesIn, stringField } from '../support/duplicates.ts';

/** validateVolumeMounts: "must be unique" on a repeated mountPath, and validateContainerPorts: duplicate port names. */
export const duplicateContainerField: ResourceRule = {
  id: 'k8s/duplicate-container-field',
  level: 'api',
  target: 'resource',
  description:
    'Within one container, `volumeMounts[].mountPath` and named `ports[].name` are unique (`validateVolumeMounts`, `validateContainerPorts`).',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const { container, path } of containersOf(pod)) {
      for (const d of duplicatesIn(container.volumeMounts, [...path, 'volumeMounts'], stringField('mountPath')))
        report({
          at: resource.at([...d.path, 'mountPath']),
          messageId: 'k8s/duplicate-container-field.mount-path',
          params: { value: d.key, first: d.firstIndex },
          found: d.key,
        });
      const named = (item: Record<string, unknown>) => (typeof item.name === 'string' && item.name !== '' ? item.name : undefined);
      for (const d of duplicatesIn(container.ports, [...path, 'ports'], named))
        report({
          at: resource.at([...d.path, 'name']),
          messageId: 'k8s/duplicate-container-field.port-name',
          params: { value: d.key, first: d.firstIndex },
          found: d.key,
        });
    }
  },
};
