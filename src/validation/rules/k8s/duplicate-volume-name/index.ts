import { podSpecOf } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';
import { duplicatesIn, stringField } from '../support/duplicates.ts';

/** validateVolumes: "volume names must be unique" (field.Duplicate on spec.volumes[i].name). */
export const duplicateVolumeName: ResourceRule = {
  id: 'k8s/duplicate-volume-name',
  level: 'api',
  target: 'resource',
  description: 'Volume names are unique within a Pod spec (`validateVolumes`).',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    for (const d of duplicatesIn(pod.spec.volumes, [...pod.path, 'volumes'], stringField('name')))
      report({ at: resource.at([...d.path, 'name']), params: { name: d.key, first: d.firstIndex }, found: d.key });
  },
};
