import { containersOf, isRecord, podSpecOf } from '../../../k8s/workloads.ts';
import type { Resource } from '../../../resource.ts';
import type { PathKey } from '../../../types.ts';
import type { ResourceRule } from '../../rule.ts';
import { type Duplicate, duplicatesIn } from '../support/duplicates.ts';

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
