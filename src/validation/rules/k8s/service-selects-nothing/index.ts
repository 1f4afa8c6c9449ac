import { get } from '../../../k8s/workloads.ts';
import type { ResourceRule } from '../../rule.ts';
import { selectedPods } from '../support/selected-pods.ts';

/**
 * A Service's selector should select the Pods of some workload in the set: otherwise it has no endpoints.
 * (The API server accepts it; the example set would not work.)
 */
export const serviceSelectsNothing: ResourceRule = {
  id: 'k8s/service-selects-nothing',
  level: 'cross-file',
  target: 'resource',
  description: "A Service's selector matches no Pod or Pod template in the same namespace of the validated set.",
  check(resource, report, env) {
    if (resource.kind !== 'Service') return;
    const pods = selectedPods(resource, env);
    if (pods === null || pods.length > 0) return;
    const selector = get(resource.value, ['spec', 'selector']) as Record<string, unknown>;
    const wanted = Object.entries(selector)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',');
    report({
      at: resource.at(['spec', 'selector']),
      params: { selector: wanted, namespace: resource.namespace ?? 'default' },
      found: wanted,
    });
  },
};
