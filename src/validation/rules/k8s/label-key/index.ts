import { qualifiedName } from '../../../k8s/names.ts';
import type { PathKey } from '../../../types.ts';
import type { Reporter, ResourceRule } from '../../rule.ts';
import { labelMaps } from '../support/label-maps.ts';

export const labelKey: ResourceRule = {
  id: 'k8s/label-key',
  level: 'api',
  target: 'resource',
  description: 'Label and selector keys must be qualified names: an optional DNS subdomain prefix and "/", then at most 63 characters.',
  check(resource, report: Reporter) {
    const { maps, expressionKeys } = labelMaps(resource);
    const check = (key: string, path: PathKey[], asKey: boolean) => {
      const problem = qualifiedName(key);
      if (problem) report({ at: resource.at(path, { key: asKey }), params: { key }, expected: problem, found: key });
    };
    for (const { map, path } of maps) for (const key of Object.keys(map)) check(key, [...path, key], true);
    for (const { key, path } of expressionKeys) check(key, path, false);
  },
};
