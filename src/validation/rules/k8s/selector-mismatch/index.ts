import { get, isRecord, podSpecOf, selectorIsEmpty, selectorMatches } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';

const SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/**
 * ValidateDeploymentSpec / ValidateReplicaSetSpec / ValidateStatefulSetSpec / ValidateDaemonSetSpec
 * (pkg/apis/apps/validation): `selector` is required and non-empty in apps/v1, and must match the template's labels
 * ("selector does not match template labels"); otherwise the controller would create Pods it does not own.
 */
export const selectorMismatch: ResourceRule = {
  id: 'k8s/selector-mismatch',
  level: 'api',
  target: 'resource',
  description: 'A Deployment, ReplicaSet, StatefulSet or DaemonSet needs a non-empty selector that matches its Pod template labels.',
  check(resource, report) {
    if (!SELECTOR_KINDS.has(resource.kind)) return;
    const selector = get(resource.value, ['spec', 'selector']);
    const pod = podSpecOf(resource);
    if (!isRecord(get(resource.value, ['spec']))) return;
    if (selectorIsEmpty(selector)) {
      report({
        at: resource.at(selector === undefined ? ['spec'] : ['spec', 'selector'], { key: true }),
        messageId: 'k8s/selector-mismatch.empty',
        params: { kind: resource.kind },
      });
      return;
    }
    if (!pod) return;
    if (!selectorMatches(selector, pod.labels)) {
      const wanted = formatSelector(selector);
      const found =
        Object.entries(pod.labels)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(',') || '(none)';
      report({ at: resource.at(['spec', 'selector']), params: { selector: wanted, labels: found }, expected: wanted, found });
    }
  },
};

/** A LabelSelector as kubectl prints it: `app=web,tier in (a,b),!legacy`. */
export function formatSelector(selector: unknown): string {
  if (!isRecord(selector)) return '';
  const parts = isRecord(selector.matchLabels) ? Object.entries(selector.matchLabels).map(([k, v]) => `${k}=${String(v)}`) : [];
  for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    if (!isRecord(e)) continue;
    const values = Array.isArray(e.values) ? e.values.map(String).join(',') : '';
    const key = String(e.key);
    if (e.operator === 'In') parts.push(`${key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${key}`);
  }
  return parts.join(',');
}
