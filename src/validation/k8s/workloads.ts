import type { Resource } from '../resource.ts';
import type { PathKey } from '../types.ts';

/** Where a kind keeps its Pod spec, and helpers to walk containers and label selectors. */

export interface PodSpecAt {
  spec: Record<string, unknown>;
  /** Path of the Pod spec inside the resource. */
  path: PathKey[];
  /** Labels of the Pods it creates, and where they are written. */
  labels: Record<string, unknown>;
  labelsPath: PathKey[];
  /** Annotations of the Pods (AppArmor used them before 1.30). */
  annotations: Record<string, unknown>;
  annotationsPath: PathKey[];
}

const TEMPLATE_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController', 'PodTemplate']);

const podSpecs = new WeakMap<Resource, PodSpecAt | null>();

/** The Pod spec of a resource (computed once: a dozen rules ask for it). */
export function podSpecOf(resource: Resource): PodSpecAt | null {
  let pod = podSpecs.get(resource);
  if (pod === undefined) {
    pod = findPodSpec(resource);
    podSpecs.set(resource, pod);
  }
  return pod;
}

function findPodSpec(resource: Resource): PodSpecAt | null {
  const v = resource.value;
  let metaPath: PathKey[];
  if (resource.kind === 'Pod') metaPath = ['metadata'];
  else if (resource.kind === 'CronJob') metaPath = ['spec', 'jobTemplate', 'spec', 'template', 'metadata'];
  else if (resource.kind === 'PodTemplate') metaPath = ['template', 'metadata'];
  else if (TEMPLATE_KINDS.has(resource.kind)) metaPath = ['spec', 'template', 'metadata'];
  else return null;
  const specPath = resource.kind === 'Pod' ? ['spec'] : [...metaPath.slice(0, -1), 'spec'];
  const spec = get(v, specPath);
  if (!isRecord(spec)) return null;
  const meta = get(v, metaPath);
  const labels = isRecord(meta) && isRecord(meta.labels) ? meta.labels : {};
  const annotations = isRecord(meta) && isRecord(meta.annotations) ? meta.annotations : {};
  return { spec, path: specPath, labels, labelsPath: [...metaPath, 'labels'], annotations, annotationsPath: [...metaPath, 'annotations'] };
}

export interface ContainerAt {
  container: Record<string, unknown>;
  path: PathKey[];
  /** 'containers' | 'initContainers' | 'ephemeralContainers' */
  list: string;
}

const containerLists = new WeakMap<PodSpecAt, ContainerAt[]>();

export function containersOf(pod: PodSpecAt): ContainerAt[] {
  const cached = containerLists.get(pod);
  if (cached) return cached;
  const out: ContainerAt[] = [];
  containerLists.set(pod, out);
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((container, index) => {
      if (isRecord(container)) out.push({ container, path: [...pod.path, list, index], list });
    });
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function get(value: unknown, path: readonly PathKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A LabelSelector (matchLabels + matchExpressions) or a plain map selector, evaluated like labels.Selector.Matches. */
export function selectorMatches(selector: unknown, labels: Record<string, unknown>): boolean {
  if (!isRecord(selector)) return false;
  const isLabelSelector = 'matchLabels' in selector || 'matchExpressions' in selector;
  const matchLabels = isLabelSelector ? (isRecord(selector.matchLabels) ? selector.matchLabels : {}) : selector;
  for (const [key, value] of Object.entries(matchLabels)) if (String(labels[key]) !== String(value) || !(key in labels)) return false;
  if (isLabelSelector && Array.isArray(selector.matchExpressions)) {
    for (const expression of selector.matchExpressions) {
      if (!isRecord(expression) || typeof expression.key !== 'string') return false;
      const has = expression.key in labels;
      const value = String(labels[expression.key]);
      const values = Array.isArray(expression.values) ? expression.values.map(String) : [];
      switch (expression.operator) {
        case 'In':
          if (!has || !values.includes(value)) return false;
          break;
        case 'NotIn':
          if (has && values.includes(value)) return false;
          break;
        case 'Exists':
          if (!has) return false;
          break;
        case 'DoesNotExist':
          if (has) return false;
          break;
        default:
          return false;
      }
    }
  }
  return true;
}

/** True when the selector selects nothing: no matchLabels and no matchExpressions (or an empty map). */
export function selectorIsEmpty(selector: unknown): boolean {
  if (!isRecord(selector)) return true;
  const isLabelSelector = 'matchLabels' in selector || 'matchExpressions' in selector;
  if (!isLabelSelector) return Object.keys(selector).length === 0;
  const labels = isRecord(selector.matchLabels) ? Object.keys(selector.matchLabels).length : 0;
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions.length : 0;
  return labels + expressions === 0;
}
