import { labelValue } from '../../../k8s/names.ts';
import type { Reporter, ResourceRule } from '../../rule.ts';
import { labelMaps } from '../support/label-maps.ts';

export const labelValueRule: ResourceRule = {
  id: 'k8s/label-value',
  level: 'api',
  target: 'resource',
  description:
    'Label and selector values must be at most 63 characters of alphanumerics, "-", "_" or ".", starting and ending alphanumeric.',
  check(resource, report: Reporter) {
    for (const { map, path } of labelMaps(resource).maps) {
      for (const [key, value] of Object.entries(map)) {
        if (typeof value !== 'string') continue; // a non-string value is a k8s/type problem
        const problem = labelValue(value);
        if (problem) report({ at: resource.at([...path, key]), params: { key, value }, expected: problem, found: value });
      }
    }
  },
};
