import { WELL_KNOWN_NAMESPACES } from '../../k8s/names.ts';
import { containersOf, get, isRecord } from '../../k8s/workloads.ts';
import type { ResourceRule } from '../rule.ts';
import { selectedPods } from './support/selected-pods.ts';

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

/**
 * A targetPort given by name is looked up in each selected Pod's container ports (the EndpointSlice controller's
 * FindPort, pkg/api/v1/pod/util.go); a Pod without that named port gets no endpoint.
 */
export const targetPortName: ResourceRule = {
  id: 'k8s/target-port-name',
  level: 'cross-file',
  target: 'resource',
  description: 'A targetPort given by name must be a named containerPort in every Pod the Service selects.',
  check(resource, report, env) {
    if (resource.kind !== 'Service') return;
    const ports = get(resource.value, ['spec', 'ports']);
    const pods = selectedPods(resource, env);
    if (!Array.isArray(ports) || !pods || pods.length === 0) return;
    ports.forEach((port, index) => {
      if (!isRecord(port) || typeof port.targetPort !== 'string') return;
      for (const { resource: owner, pod } of pods) {
        const names = containersOf(pod)
          .filter((c) => c.list === 'containers')
          .flatMap((c) => (Array.isArray(c.container.ports) ? c.container.ports : []))
          .flatMap((p) => (isRecord(p) && typeof p.name === 'string' ? [p.name] : []));
        if (!names.includes(port.targetPort)) {
          report({
            at: resource.at(['spec', 'ports', index, 'targetPort']),
            params: {
              name: port.targetPort,
              kind: owner.kind,
              owner: owner.name ?? '?',
              file: owner.file,
              available: names.join(', ') || '(none)',
            },
            expected: names.join(', ') || 'a named containerPort',
            found: port.targetPort,
          });
          return;
        }
      }
    });
  },
};

/** The API server rejects an object in a namespace that does not exist (NamespaceLifecycle admission). */
export const namespaceExists: ResourceRule = {
  id: 'k8s/namespace-exists',
  level: 'cross-file',
  target: 'resource',
  description:
    'metadata.namespace must be a Namespace defined in the validated set or a well-known one (default, kube-system, kube-public, kube-node-lease).',
  check(resource, report, env) {
    const namespace = resource.namespace;
    if (namespace === undefined || WELL_KNOWN_NAMESPACES.includes(namespace)) return;
    if (env.set.namespaces.has(namespace)) return;
    report({
      at: resource.at(['metadata', 'namespace']),
      params: { namespace },
      expected: [...WELL_KNOWN_NAMESPACES, ...env.set.namespaces].join(', '),
      found: namespace,
    });
  },
};
