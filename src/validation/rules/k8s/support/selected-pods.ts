import { get, isRecord, podSpecOf, selectorIsEmpty, selectorMatches } from '../../../k8s/workloads.ts';
import type { Resource } from '../../../resource.ts';
import type { RuleEnv } from '../../rule.ts';

/**
 * The Pods a Service selects in the whole set of files validated together, shared by the cross-file rules
 * k8s/service-selects-nothing and k8s/target-port-name.
 */

type PodAt = { resource: Resource; pod: NonNullable<ReturnType<typeof podSpecOf>> };

/**
 * Pods and Pod templates of the set by namespace and by label (`app=web`), built once per set: a scan of every Pod
 * per Service would make a large set quadratic.
 */
const podIndex = new WeakMap<RuleEnv['set'], Map<string, Map<string, PodAt[]>>>();
const selected = new WeakMap<Resource, PodAt[] | null>();

function labelIndex(env: RuleEnv, namespace: string): Map<string, PodAt[]> {
  let index = podIndex.get(env.set);
  if (!index) {
    index = new Map();
    for (const resource of env.set.resources) {
      const pod = podSpecOf(resource);
      if (!pod) continue;
      const ns = resource.namespace ?? 'default';
      let byLabel = index.get(ns);
      if (!byLabel) {
        byLabel = new Map();
        index.set(ns, byLabel);
      }
      for (const [key, value] of Object.entries(pod.labels)) {
        const label = `${key}=${String(value)}`;
        const list = byLabel.get(label) ?? [];
        list.push({ resource, pod });
        byLabel.set(label, list);
      }
    }
    podIndex.set(env.set, index);
  }
  return index.get(namespace) ?? new Map();
}

/** Pod templates (and Pods) of the set in the Service's namespace whose labels its selector matches. */
export function selectedPods(service: Resource, env: RuleEnv): PodAt[] | null {
  if (selected.has(service)) return selected.get(service)!;
  const selector = get(service.value, ['spec', 'selector']);
  let result: PodAt[] | null = null;
  if (isRecord(selector) && !selectorIsEmpty(selector)) {
    const byLabel = labelIndex(env, service.namespace ?? 'default');
    // A Service selector is a plain map: every Pod it selects carries its first pair.
    const [key, value] = Object.entries(selector)[0]!;
    result = (byLabel.get(`${key}=${String(value)}`) ?? []).filter(({ pod }) => selectorMatches(selector, pod.labels));
  }
  selected.set(service, result);
  return result;
}
