import { isRecord, selectorMatches } from '../validation/k8s/workloads.ts';
import type { Resource } from '../validation/resource.ts';
import type { Cluster, SimPod } from './cluster.ts';
import { cidrContains } from './ip.ts';

/**
 * NetworkPolicy (networking.k8s.io/v1) as the API documents it and the upstream e2e truth tables
 * (test/e2e/network/netpol) check it: a Pod is isolated for a direction once any policy of its namespace selects it
 * for that direction; an isolated Pod accepts only what some rule of some selecting policy allows (policies add
 * up; there is no deny rule); a connection needs the source's egress and the destination's ingress. Verdicts are
 * for new connections to a Pod's IP and port after Service DNAT; replies are always allowed. ipBlock is matched
 * against Pod IPs too, as most plug-ins do.
 */

export type Peer = { kind: 'pod'; pod: SimPod } | { kind: 'ip'; ip: string; label: string };

export interface DirectionVerdict {
  allowed: boolean;
  /** `not-isolated`: no policy selects the Pod for this direction; `rule`: a rule allows; `no-rule`: isolated, nothing allows. */
  reason: 'not-isolated' | 'rule' | 'no-rule' | 'not-a-pod';
  /** `namespace/name` and the rule (`ingress[0]`) that allowed the connection. */
  policy?: string;
  rule?: string;
  /** The policies that isolate the Pod (for a denial). */
  isolatedBy?: string[];
}

export interface Verdict {
  allowed: boolean;
  egress: DirectionVerdict;
  ingress: DirectionVerdict;
}

interface Policy {
  id: string;
  namespace: string;
  podSelector: unknown;
  types: Set<'Ingress' | 'Egress'>;
  ingress: Rule[];
  egress: Rule[];
}

interface Rule {
  /** undefined: the rule has no from/to, so it matches every peer. */
  peers: Record<string, unknown>[] | undefined;
  ports: Record<string, unknown>[] | undefined;
}

export function policiesOf(resources: Resource[]): Policy[] {
  return resources
    .filter((r) => r.kind === 'NetworkPolicy' && r.name)
    .map((r) => {
      const spec = isRecord(r.value.spec) ? r.value.spec : {};
      const rules = (list: unknown, peerKey: 'from' | 'to'): Rule[] =>
        (Array.isArray(list) ? list : []).map((rule) => {
          const peers =
            isRecord(rule) && Array.isArray(rule[peerKey]) && rule[peerKey].length > 0 ? rule[peerKey].filter(isRecord) : undefined;
          const ports = isRecord(rule) && Array.isArray(rule.ports) && rule.ports.length > 0 ? rule.ports.filter(isRecord) : undefined;
          return { peers, ports };
        });
      // policyTypes defaults to Ingress, plus Egress when the policy has an egress section.
      const declared = Array.isArray(spec.policyTypes) ? spec.policyTypes : ['Ingress', ...(spec.egress !== undefined ? ['Egress'] : [])];
      return {
        id: `${r.namespace ?? 'default'}/${r.name}`,
        namespace: r.namespace ?? 'default',
        podSelector: isRecord(spec.podSelector) ? spec.podSelector : {},
        types: new Set(declared.filter((t): t is 'Ingress' | 'Egress' => t === 'Ingress' || t === 'Egress')),
        ingress: rules(spec.ingress, 'from'),
        egress: rules(spec.egress, 'to'),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const parsedPolicies = new WeakMap<Cluster, Policy[]>();

export function evaluateConnection(cluster: Cluster, source: Peer, destination: Peer, port: number, protocol: string): Verdict {
  let policies = parsedPolicies.get(cluster);
  if (!policies) {
    policies = policiesOf(cluster.policies);
    parsedPolicies.set(cluster, policies);
  }
  const egress = source.kind === 'pod' ? direction(cluster, policies, 'Egress', source.pod, destination, port, protocol) : outside();
  const ingress = destination.kind === 'pod' ? direction(cluster, policies, 'Ingress', destination.pod, source, port, protocol) : outside();
  return { allowed: egress.allowed && ingress.allowed, egress, ingress };
}

const outside = (): DirectionVerdict => ({ allowed: true, reason: 'not-a-pod' });

function direction(
  cluster: Cluster,
  policies: Policy[],
  type: 'Ingress' | 'Egress',
  subject: SimPod,
  peer: Peer,
  port: number,
  protocol: string,
): DirectionVerdict {
  const selecting = policies.filter(
    (p) => p.namespace === subject.namespace && p.types.has(type) && selectorMatches(p.podSelector, subject.labels),
  );
  if (selecting.length === 0) return { allowed: true, reason: 'not-isolated' };
  // The Pod whose ports a named port refers to: the destination (the subject for ingress, the peer for egress).
  const portOwner = type === 'Ingress' ? subject : peer.kind === 'pod' ? peer.pod : undefined;
  for (const policy of selecting) {
    const rules = type === 'Ingress' ? policy.ingress : policy.egress;
    for (const [index, rule] of rules.entries()) {
      const peerOk = rule.peers === undefined || rule.peers.some((p) => peerMatches(cluster, policy, p, peer));
      const portOk = rule.ports === undefined || rule.ports.some((p) => portMatches(p, port, protocol, portOwner));
      if (peerOk && portOk) return { allowed: true, reason: 'rule', policy: policy.id, rule: `${type.toLowerCase()}[${index}]` };
    }
  }
  return { allowed: false, reason: 'no-rule', isolatedBy: selecting.map((p) => p.id) };
}

function peerMatches(cluster: Cluster, policy: Policy, peer: Record<string, unknown>, candidate: Peer): boolean {
  if (isRecord(peer.ipBlock)) {
    const ip = candidate.kind === 'pod' ? candidate.pod.ip : candidate.ip;
    const cidr = typeof peer.ipBlock.cidr === 'string' ? peer.ipBlock.cidr : '';
    const except = Array.isArray(peer.ipBlock.except) ? peer.ipBlock.except.map(String) : [];
    return cidrContains(cidr, ip) && !except.some((e) => cidrContains(e, ip));
  }
  if (candidate.kind !== 'pod') return false;
  const pod = candidate.pod;
  const hasPods = peer.podSelector !== undefined && peer.podSelector !== null;
  const hasNamespaces = peer.namespaceSelector !== undefined && peer.namespaceSelector !== null;
  if (!hasPods && !hasNamespaces) return false;
  const namespaceOk = hasNamespaces
    ? selectorMatches(peer.namespaceSelector, cluster.namespaces.find((n) => n.name === pod.namespace)?.labels ?? {})
    : pod.namespace === policy.namespace;
  const podOk = hasPods ? selectorMatches(peer.podSelector, pod.labels) : true;
  return namespaceOk && podOk;
}

function portMatches(rulePort: Record<string, unknown>, port: number, protocol: string, owner: SimPod | undefined): boolean {
  const ruleProtocol = typeof rulePort.protocol === 'string' ? rulePort.protocol : 'TCP';
  if (ruleProtocol !== protocol) return false;
  const value = rulePort.port;
  if (value === undefined || value === null) return true;
  if (typeof value === 'number') {
    const end = typeof rulePort.endPort === 'number' ? rulePort.endPort : value;
    return port >= value && port <= end;
  }
  // A named port matches when the destination Pod has a container port of that name and protocol on this number.
  return owner?.ports.some((p) => p.name === value && p.protocol === protocol && p.containerPort === port) ?? false;
}

export interface MatrixRow {
  from: string;
  to: string;
  /** The workloads the Pods belong to (`namespace/Deployment/frontend`), for grouping replicas. */
  fromOwner: string;
  toOwner: string;
  port: number;
  protocol: string;
  verdict: Verdict;
}

/** Every (source Pod, destination Pod, declared container port) of the cluster. */
export function policyMatrix(cluster: Cluster): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const pods = [...cluster.pods].sort((a, b) => podId(a).localeCompare(podId(b)));
  for (const to of pods)
    for (const p of to.ports)
      for (const from of pods) {
        if (from === to) continue;
        rows.push({
          from: podId(from),
          to: podId(to),
          fromOwner: `${from.namespace}/${from.owner}`,
          toOwner: `${to.namespace}/${to.owner}`,
          port: p.containerPort,
          protocol: p.protocol,
          verdict: evaluateConnection(cluster, { kind: 'pod', pod: from }, { kind: 'pod', pod: to }, p.containerPort, p.protocol),
        });
      }
  return rows;
}

export const podId = (p: SimPod) => `${p.namespace}/${p.name}`;

export function describeVerdict(v: Verdict): string {
  const part = (d: DirectionVerdict, name: string) =>
    d.reason === 'rule'
      ? `${name} allowed by ${d.policy} ${d.rule}`
      : d.reason === 'no-rule'
        ? `${name} denied: isolated by ${d.isolatedBy?.join(', ')} and no rule allows it`
        : d.reason === 'not-isolated'
          ? `no policy selects the Pod for ${name}`
          : '';
  return [part(v.egress, 'egress'), part(v.ingress, 'ingress')].filter(Boolean).join('; ');
}
