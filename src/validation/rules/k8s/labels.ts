import { labelValue, qualifiedName } from '../../k8s/names.ts';
import { isRecord } from '../../k8s/workloads.ts';
import type { Resource } from '../../resource.ts';
import type { PathKey } from '../../types.ts';
import type { Report, ResourceRule } from '../rule.ts';

/**
 * Label maps and selectors, as ValidateLabels / ValidateLabelSelector (k8s.io/apimachinery/pkg/apis/meta/v1/validation)
 * check them: keys are qualified names, values label values. Found wherever Kubernetes uses label syntax:
 * metadata.labels, matchLabels, matchExpressions[].key, a Service's spec.selector, a Pod's nodeSelector.
 */
interface LabelMap {
  map: Record<string, unknown>;
  path: PathKey[];
}

/** Subtrees that never hold label maps or selectors: not walked (most of a workload's nodes are in its containers). */
const NO_LABELS = new Set([
  'containers',
  'initContainers',
  'ephemeralContainers',
  'data',
  'binaryData',
  'stringData',
  'annotations',
  'status',
  'managedFields',
]);

function labelMaps(resource: Resource): { maps: LabelMap[]; expressionKeys: { key: string; path: PathKey[] }[] } {
  const maps: LabelMap[] = [];
  const expressionKeys: { key: string; path: PathKey[] }[] = [];
  const walk = (value: unknown, path: PathKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(item, [...path, index]);
      });
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, item] of Object.entries(value)) {
      const here = [...path, key];
      const parent = path[path.length - 1];
      const isLabelMap =
        (key === 'labels' && parent === 'metadata') ||
        key === 'matchLabels' ||
        key === 'nodeSelector' ||
        (key === 'selector' &&
          path.length === 1 &&
          path[0] === 'spec' &&
          (resource.kind === 'Service' || resource.kind === 'ReplicationController'));
      if (isLabelMap && isRecord(item)) {
        maps.push({ map: item, path: here });
        continue;
      }
      if (NO_LABELS.has(key)) continue;
      if (key === 'matchExpressions' && Array.isArray(item)) {
        item.forEach((expression, index) => {
          if (isRecord(expression) && typeof expression.key === 'string')
            expressionKeys.push({ key: expression.key, path: [...here, index, 'key'] });
        });
        continue;
      }
      walk(item, here);
    }
  };
  walk(resource.value, []);
  return { maps, expressionKeys };
}

export const labelKey: ResourceRule = {
  id: 'k8s/label-key',
  level: 'api',
  target: 'resource',
  description: 'Label and selector keys must be qualified names: an optional DNS subdomain prefix and "/", then at most 63 characters.',
  check(resource, report: Report) {
    const { maps, expressionKeys } = labelMaps(resource);
    const check = (key: string, path: PathKey[], asKey: boolean) => {
      const problem = qualifiedName(key);
      if (problem) report({ at: resource.at(path, { key: asKey }), params: { key }, expected: problem, found: key });
    };
    for (const { map, path } of maps) for (const key of Object.keys(map)) check(key, [...path, key], true);
    for (const { key, path } of expressionKeys) check(key, path, false);
  },
};

export const labelValueRule: ResourceRule = {
  id: 'k8s/label-value',
  level: 'api',
  target: 'resource',
  description:
    'Label and selector values must be at most 63 characters of alphanumerics, "-", "_" or ".", starting and ending alphanumeric.',
  check(resource, report: Report) {
    for (const { map, path } of labelMaps(resource).maps) {
      for (const [key, value] of Object.entries(map)) {
        if (typeof value !== 'string') continue; // a non-string value is a k8s/type problem
        const problem = labelValue(value);
        if (problem) report({ at: resource.at([...path, key]), params: { key, value }, expected: problem, found: value });
      }
    }
  },
};
