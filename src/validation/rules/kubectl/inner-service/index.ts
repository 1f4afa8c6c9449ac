import { innerCommandsOf, PARSED_PROGRAMS, serviceOfName, serviceReferences } from '../../../kubectl/inner-command.ts';
import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import type { CommandRule, RuleEnv } from '../../rule.ts';

/** Services every cluster has: the API server's and the cluster DNS (CoreDNS keeps the name kube-dns). */
const BUILT_IN_SERVICES = [
  { name: 'kubernetes', namespace: 'default', ports: [443] },
  { name: 'kube-dns', namespace: 'kube-system', ports: [53, 9153] },
];
const WELL_KNOWN_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** The ports of a Service of the set, [] when it is known but its ports are not (made by kubectl expose), or undefined. */
function servicePorts(env: RuleEnv, name: string, namespace: string): number[] | undefined {
  const manifest = env.set.resources.find((r) => r.kind === 'Service' && r.name === name && (r.namespace ?? 'default') === namespace);
  if (manifest) {
    const ports = (manifest.value.spec as { ports?: { port?: unknown }[] } | undefined)?.ports ?? [];
    return ports.map((p) => Number(p.port)).filter((p) => Number.isInteger(p));
  }
  const builtIn = BUILT_IN_SERVICES.find((s) => s.name === name && s.namespace === namespace);
  if (builtIn) return builtIn.ports;
  const created = env.set.kubectlCommands.some((c) =>
    c.creates.some((o) => o.kind === 'Service' && o.name === name && (o.namespace ?? 'default') === namespace),
  );
  return created ? [] : undefined;
}

/**
 * The cluster names that curl, wget, nslookup and dig reach from inside kubectl exec, debug or run, resolved as the
 * Pod's search list would (`kubectl/inner-command.ts`), must be Services of the set, on a port the Service has.
 */
export const innerService: CommandRule = {
  id: 'kubectl/inner-service',
  level: 'cross-file',
  target: 'command',
  description:
    'A cluster DNS name used by curl, wget, nslookup or dig inside kubectl exec/debug/run names no Service of the set, a port the Service lacks, or a short name dig would send without its search list.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    const namespaces = new Set([...env.set.namespaces, ...WELL_KNOWN_NAMESPACES]);
    const inners = (read ? innerCommandsOf(read) : []).filter((i) => !i.entrypointArgs && PARSED_PROGRAMS.has(i.program.text));
    for (const ref of inners.flatMap((inner) => serviceReferences(inner).map((r) => ({ ...r, inner })))) {
      const inner = ref.inner;
      const service = serviceOfName(ref.host, inner.namespace, namespaces);
      if (!service) continue;
      const params = { host: ref.host, name: service.name, namespace: service.namespace };
      if (ref.noSearch && !/\.svc(\.cluster\.local)?\.?$/.test(ref.host)) {
        const fqdn = `${service.name}.${service.namespace}.svc.cluster.local`;
        report({
          at: file.at(ref.word),
          messageId: 'kubectl/inner-service.search',
          params: { ...params, fqdn },
          found: ref.host,
          expected: fqdn,
        });
        continue;
      }
      const ports = servicePorts(env, service.name, service.namespace);
      if (!ports) {
        report({ at: file.at(ref.word), params, found: ref.host, expected: 'a Service of the set' });
      } else if (ref.port !== undefined && ports.length > 0 && !ports.includes(ref.port)) {
        report({
          at: file.at(ref.word),
          messageId: 'kubectl/inner-service.port',
          params: { ...params, port: ref.port, ports: ports.join(', ') },
          found: String(ref.port),
          expected: ports.join(', '),
        });
      }
    }
  },
};
