import { containersOf, isRecord, podSpecOf } from '../../k8s/workloads.ts';
import type { Resource } from '../../resource.ts';
import type { PathKey } from '../../types.ts';
import type { ResourceRule } from '../rule.ts';
import { type Duplicate, duplicatesIn, stringField } from './support/duplicates.ts';

/**
 * validateContainersOnlyForPod and validateEphemeralContainers: a Pod's containers need an image. In a Pod template
 * the field is optional ("to allow higher level config management to default or override container images in
 * workload controllers"), so there it is a warning: the object is accepted, its Pods would not be.
 */
export const containerImage: ResourceRule = {
  id: 'k8s/container-image',
  level: 'api',
  target: 'resource',
  description:
    'Every container of a Pod (containers, initContainers, ephemeralContainers) has a non-empty image without surrounding spaces. In a Pod template the field is optional in the API (tools may fill it in), so a missing image there is a warning: the object is accepted, its Pods would not be.',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const isPod = resource.kind === 'Pod';
    for (const { container, path } of containersOf(pod)) {
      const image = container.image;
      if (image === undefined || image === '') {
        report({
          at: resource.at(image === undefined ? path : [...path, 'image'], { key: image === undefined }),
          messageId: isPod ? 'k8s/container-image' : 'k8s/container-image.template',
          params: { container: String(container.name ?? '') },
          severity: isPod ? 'error' : 'warning',
          expected: 'image',
        });
      } else if (typeof image === 'string' && image.trim() !== image) {
        report({
          at: resource.at([...path, 'image']),
          messageId: 'k8s/container-image.whitespace',
          params: { container: String(container.name ?? ''), image },
          found: JSON.stringify(image),
        });
      }
    }
  },
};

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

/** A list-map of the Pod types: where it is (relative to a Pod spec or a container) and its keys, with defaults. */
interface ListMap {
  field: string;
  keys: { name: string; default?: string }[];
  inContainer: boolean;
}

/**
 * From k8s.io/api/core/v1/types.go (`+listType=map`, `+listMapKey=…`): the shipped schemas (kubernetes-models) drop
 * `x-kubernetes-list-map-keys`, so the keys are written here from the types. protocol defaults to TCP before the key is used.
 */
const LIST_MAPS: ListMap[] = [
  { field: 'env', keys: [{ name: 'name' }], inContainer: true },
  { field: 'ports', keys: [{ name: 'containerPort' }, { name: 'protocol', default: 'TCP' }], inContainer: true },
  { field: 'imagePullSecrets', keys: [{ name: 'name' }], inContainer: false },
  { field: 'hostAliases', keys: [{ name: 'ip' }], inContainer: false },
  { field: 'topologySpreadConstraints', keys: [{ name: 'topologyKey' }, { name: 'whenUnsatisfiable' }], inContainer: false },
  { field: 'schedulingGates', keys: [{ name: 'name' }], inContainer: false },
  { field: 'resourceClaims', keys: [{ name: 'name' }], inContainer: false },
];

/**
 * Duplicate keys of a list-map. Create and client-side apply accept them (the API server only warns, in
 * pkg/api/pod/warnings.go: "duplicate port definition", "hides previous definition of environment variable"), but
 * server-side apply, which GitOps controllers use, rejects the object ("duplicate entries for key"). A warning
 * everywhere, with the key. The same containerPort/protocol in two containers of one Pod gets the API server's own
 * warning too (the second container cannot bind it).
 */
export const duplicateListKey: ResourceRule = {
  id: 'k8s/duplicate-list-key',
  level: 'advice',
  target: 'resource',
  description:
    'Duplicate keys in a list-map of the Pod types (`+listType=map` in k8s.io/api: env `name`, ports `containerPort`+`protocol` (TCP by default), imagePullSecrets, hostAliases `ip`, topologySpreadConstraints `topologyKey`+`whenUnsatisfiable`, schedulingGates, resourceClaims): create accepts them, server-side apply rejects them. The API server itself only warns (`pkg/api/pod/warnings.go`), also for one port declared by two containers of a Pod, which this rule reports too.',
  check(resource, report) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const scopes: { value: Record<string, unknown>; path: PathKey[]; inContainer: boolean }[] = [
      { value: pod.spec, path: pod.path, inContainer: false },
      ...containersOf(pod).map(({ container, path }) => ({ value: container, path, inContainer: true })),
    ];
    for (const scope of scopes)
      for (const map of LIST_MAPS) {
        if (map.inContainer !== scope.inContainer) continue;
        const keyOf = (item: Record<string, unknown>) => {
          const parts = map.keys.map((k) => item[k.name] ?? k.default);
          return parts.some((p) => p === undefined || typeof p === 'object') ? undefined : parts.map(String).join('/');
        };
        for (const d of duplicatesIn(scope.value[map.field], [...scope.path, map.field], keyOf)) reportDuplicate(resource, report, d, map);
      }
    reportPortsAcrossContainers(resource, report, containersOf(pod));
  },
};

/** warnings.go checkContainerPorts: one port (with the same hostIP and hostPort) declared by two containers of a Pod. */
function reportPortsAcrossContainers(
  resource: Resource,
  report: Parameters<ResourceRule['check']>[1],
  containers: ReturnType<typeof containersOf>,
): void {
  const owners = new Map<string, { container: number; path: PathKey[] }>();
  containers.forEach(({ container, path }, containerIndex) => {
    if (!Array.isArray(container.ports)) return;
    container.ports.forEach((port, index) => {
      if (!isRecord(port) || typeof port.containerPort !== 'number') return;
      const protocol = String(port.protocol ?? 'TCP');
      const key = `${port.containerPort}/${protocol}/${String(port.hostIP ?? '')}/${String(port.hostPort ?? 0)}`;
      const owner = owners.get(key);
      const portPath = [...path, 'ports', index];
      if (!owner) owners.set(key, { container: containerIndex, path: portPath });
      else if (owner.container !== containerIndex)
        report({
          at: resource.at([...portPath, 'containerPort']),
          messageId: 'k8s/duplicate-list-key.pod-port',
          params: { value: `${port.containerPort}/${protocol}`, other: resource.at(owner.path).path },
          found: String(port.containerPort),
        });
    });
  });
}

function reportDuplicate(resource: Resource, report: Parameters<ResourceRule['check']>[1], d: Duplicate, map: ListMap): void {
  const keyNames = map.keys.map((k) => k.name).join('+');
  report({
    at: resource.at([...d.path, map.keys[0]!.name]),
    params: { field: map.field, keys: keyNames, value: d.key, first: d.firstIndex },
    found: d.key,
  });
}
