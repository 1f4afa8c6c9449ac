import type { ExampleSet } from '../example-set.ts';
import { get, isRecord } from '../k8s/workloads.ts';

/**
 * The shapes a Service can have in the example set: each manifest, plus what commands make of it
 * (`kubectl expose …`, `kubectl create service <type> …`, `kubectl patch svc … -p '{"spec":{"type":…}}'`).
 * An expected output agrees with the set when some variant of the Service it shows matches.
 */
export interface ServicePortShape {
  port: number;
  protocol: string;
  nodePort?: number;
}
export interface ServiceVariant {
  name: string;
  namespace: string;
  type: string;
  ports: ServicePortShape[];
  /** `app=frontend` (sorted, comma-joined) or `<none>`. */
  selector: string;
  source: string;
}

export function selectorText(selector: unknown): string {
  if (!isRecord(selector) || Object.keys(selector).length === 0) return '<none>';
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${String(v)}`)
    .sort()
    .join(',');
}

export function serviceVariants(set: ExampleSet): ServiceVariant[] {
  const variants: ServiceVariant[] = [];
  for (const resource of set.resources) {
    if (resource.kind !== 'Service' || !resource.name) continue;
    const ports = get(resource.value, ['spec', 'ports']);
    variants.push({
      name: resource.name,
      namespace: resource.namespace ?? 'default',
      type: String(get(resource.value, ['spec', 'type']) ?? 'ClusterIP'),
      ports: Array.isArray(ports)
        ? ports.filter(isRecord).map((p) => ({
            port: Number(p.port),
            protocol: String(p.protocol ?? 'TCP'),
            ...(typeof p.nodePort === 'number' ? { nodePort: p.nodePort } : {}),
          }))
        : [],
      selector: selectorText(get(resource.value, ['spec', 'selector'])),
      source: resource.file,
    });
  }
  for (const command of set.kubectlCommands) {
    const [verb, sub] = command.path;
    const flag = (name: string) => command.flags.find((f) => f.spec.name === name)?.value;
    const namespace = command.namespace ?? 'default';
    if (verb === 'expose' && command.objects[0]) {
      const target = command.objects[0];
      const base = set.resources.find(
        (r) =>
          r.kind.toLowerCase() === target.type.kind.toLowerCase() && r.name === target.name && (r.namespace ?? 'default') === namespace,
      );
      const selector = base ? (get(base.value, ['spec', 'selector', 'matchLabels']) ?? get(base.value, ['spec', 'selector'])) : undefined;
      const portFlag = flag('port');
      const ports = portFlag ? [{ port: Number(portFlag), protocol: flag('protocol') || 'TCP' }] : [];
      variants.push({
        name: flag('name') ?? target.name,
        namespace,
        type: flag('type') || 'ClusterIP',
        ports,
        selector: selectorText(selector),
        source: command.file,
      });
    }
    if (verb === 'create' && sub === 'service' && command.path[2]) {
      const type =
        { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' }[command.path[2]] ??
        command.path[2];
      const name = command.positionals[0]?.text;
      const tcp = command.flags.filter((f) => f.spec.name === 'tcp').flatMap((f) => (f.value ?? '').split(','));
      if (name)
        variants.push({
          name,
          namespace,
          type,
          ports: tcp.map((t) => ({ port: Number(t.split(':')[0]), protocol: 'TCP' })),
          selector: `app=${name}`,
          source: command.file,
        });
    }
  }
  // Patches change the type of every variant they apply to; keep both (before and after).
  for (const command of set.kubectlCommands) {
    if (command.path[0] !== 'patch') continue;
    const patch = command.flags.find((f) => f.spec.name === 'patch')?.value;
    let type: unknown;
    try {
      type = get(JSON.parse(patch ?? ''), ['spec', 'type']);
    } catch {
      continue;
    }
    if (typeof type !== 'string') continue;
    for (const object of command.objects) {
      if (object.type.kind !== 'Service') continue;
      for (const variant of variants.filter((v) => v.name === object.name && v.namespace === (command.namespace ?? 'default'))) {
        variants.push({ ...variant, type, source: command.file });
      }
    }
  }
  return variants;
}
