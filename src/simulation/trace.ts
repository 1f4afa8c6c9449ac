import type { SimNode, SimPod, SimService } from './cluster.ts';
import { cidrContains, cidrSize, isIPv4, nthAddress, parseCidr } from './ip.ts';
import { endpointChain, externalChain, firewallChain, localChain, probability, serviceChain } from './iptables.ts';
import { evaluateConnection, type Peer, podId, type Verdict } from './network-policy.ts';
import { endpointChainBase, serviceChainBase } from './nftables.ts';
import { categorizeEndpoints, endpointString, type ProxyEndpoint, type ProxyServicePort, servicePortName } from './proxy-model.ts';
import type { Simulation } from './simulate.ts';

/**
 * The path of one new connection through the simulated cluster: DNS, the chain kube-proxy's rules send it to,
 * the DNAT candidates with their probabilities, whether the source is masqueraded and why, the NetworkPolicy
 * verdict at the Pod, or why the connection fails. Steps are data; `formatTrace` prints them.
 */

export type Mode = 'iptables' | 'nftables';

export interface TraceStep {
  kind: 'dns' | 'send' | 'match' | 'snat' | 'dnat' | 'policy' | 'deliver' | 'fail';
  text: string;
  /** One line per candidate endpoint (DNAT and policy steps). */
  details?: string[];
}

export interface Candidate {
  pod?: string;
  endpoint: string;
  node?: string;
  /** The share of new connections this endpoint gets (1/n). */
  share: string;
  chain: string;
  /** The iptables rule's own --probability (the ladder), or the nftables numgen slot. */
  rule: string;
  policy?: Verdict;
}

export interface Trace {
  from: string;
  to: string;
  mode: Mode;
  steps: TraceStep[];
  outcome: 'delivered' | 'rejected' | 'dropped' | 'refused' | 'unreachable' | 'denied' | 'external';
  candidates: Candidate[];
}

export class TraceInputError extends Error {}

interface Source {
  label: string;
  ip: string;
  node: SimNode;
  pod?: SimPod;
  external: boolean;
}

const DEFAULT_EXTERNAL_CLIENT = '203.0.113.10';
const CLUSTER_DOMAIN = 'cluster.local';

function resolveSource(sim: Simulation, from: string): Source {
  const { cluster } = sim;
  if (from === 'external' || from.startsWith('external:')) {
    const ip = from.slice('external:'.length) || DEFAULT_EXTERNAL_CLIENT;
    if (!isIPv4(ip)) throw new TraceInputError(`"${ip}" is not an IPv4 address (external:<ip>)`);
    return { label: `external client ${ip}`, ip, node: cluster.node, external: true };
  }
  if (from.startsWith('node:') || cluster.nodes.some((n) => n.name === from)) {
    const name = from.replace(/^node:/, '');
    const node = cluster.nodes.find((n) => n.name === name);
    if (!node) throw new TraceInputError(`no node "${name}" (nodes: ${cluster.nodes.map((n) => n.name).join(', ')})`);
    return { label: `node ${node.name}`, ip: node.ip, node, external: false };
  }
  const pod = findPod(sim, from.replace(/^pod:/, ''));
  const node = cluster.nodes.find((n) => n.name === pod.node) as SimNode;
  return { label: `Pod ${podId(pod)}`, ip: pod.ip, node, pod, external: false };
}

/** `namespace/name` or a unique `name` of a Pod, or of a workload (its first Pod). */
function findPod(sim: Simulation, text: string): SimPod {
  const [ns, name] = text.includes('/') ? (text.split('/', 2) as [string, string]) : [undefined, text];
  const pods = sim.cluster.pods.filter(
    (p) => (ns === undefined || p.namespace === ns) && (p.name === name || p.owner.split('/')[1] === name),
  );
  const exact = pods.filter((p) => p.name === name);
  const chosen = exact[0] ?? pods[0];
  if (!chosen) {
    const known = sim.cluster.pods.map(podId).slice(0, 8).join(', ');
    throw new TraceInputError(`no Pod or workload "${text}" in the simulated cluster (Pods: ${known || 'none'})`);
  }
  if (ns === undefined && new Set(pods.map((p) => p.namespace)).size > 1)
    throw new TraceInputError(`"${text}" is ambiguous: give it as namespace/name (${pods.map(podId).join(', ')})`);
  return chosen;
}

interface Destination {
  ip: string;
  port: number;
  protocol: string;
  steps: TraceStep[];
  headlessPods?: SimPod[];
  externalName?: string;
}

function resolveDestination(sim: Simulation, to: string, source: Source): Destination {
  const m = to.match(/^(.+?)(?::(\d+))?(?:\/(tcp|udp|sctp))?$/i);
  const host = m?.[1] ?? to;
  const protocol = (m?.[3] ?? 'tcp').toUpperCase();
  const explicitPort = m?.[2] ? Number(m[2]) : undefined;
  if (isIPv4(host)) {
    if (explicitPort === undefined) throw new TraceInputError(`"${to}" needs a port (IP:port)`);
    return { ip: host, port: explicitPort, protocol, steps: [] };
  }
  // A node's name stands for its address (node-1:30080), so pages need not repeat the model's placeholder IPs.
  const node = sim.cluster.nodes.find((n) => n.name === host);
  if (node) {
    if (explicitPort === undefined) throw new TraceInputError(`"${to}" needs a port (node:port)`);
    return { ip: node.ip, port: explicitPort, protocol, steps: [] };
  }
  // A DNS name: Services answer as <svc>.<ns>.svc.cluster.local; a Pod's resolv.conf searches its namespace first.
  const namespace = source.pod?.namespace ?? 'default';
  const search = [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
  const name = host.replace(/\.$/, '');
  const candidates = name.endsWith(`.svc.${CLUSTER_DOMAIN}`) ? [name] : [...search.map((s) => `${name}.${s}`), name];
  let service: SimService | undefined;
  let fqdn = '';
  for (const c of candidates) {
    const mm = c.match(new RegExp(`^([a-z0-9-]+)\\.([a-z0-9-]+)\\.svc\\.${CLUSTER_DOMAIN.replace('.', '\\.')}$`));
    service = mm ? sim.cluster.services.find((s) => s.name === mm[1] && s.namespace === mm[2]) : undefined;
    if (service) {
      fqdn = c;
      break;
    }
  }
  if (!service) {
    const steps: TraceStep[] = [{ kind: 'dns', text: `DNS: no Service answers to ${name} (tried ${candidates.join(', ')}): NXDOMAIN` }];
    throw Object.assign(new TraceInputError(steps[0]?.text ?? ''), { steps });
  }
  const port = explicitPort ?? (service.ports.length === 1 ? service.ports[0]?.port : undefined);
  if (port === undefined) throw new TraceInputError(`${service.name} has ${service.ports.length} ports: give one (${name}:PORT)`);
  const via = fqdn === name ? '' : ` (search list of ${source.pod ? `Pod ${podId(source.pod)}` : 'the default namespace'})`;
  if (service.type === 'ExternalName')
    return {
      ip: '',
      port,
      protocol,
      steps: [{ kind: 'dns', text: `DNS: ${name} → ${fqdn}${via} → CNAME ${service.externalName}` }],
      externalName: service.externalName ?? '',
    };
  if (service.headless) {
    const pods = sim.slices
      .filter((s) => s.metadata.namespace === service.namespace && s.metadata.labels['kubernetes.io/service-name'] === service.name)
      .flatMap((s) => s.endpoints.filter((e) => e.conditions.ready))
      .map((e) => sim.cluster.pods.find((p) => p.namespace === e.targetRef.namespace && p.name === e.targetRef.name))
      .filter((p): p is SimPod => p !== undefined);
    const answer = pods.length > 0 ? pods.map((p) => `A ${p.ip}`).join(', ') : 'no records (no ready endpoints)';
    return {
      ip: pods[0]?.ip ?? '',
      port,
      protocol,
      steps: [{ kind: 'dns', text: `DNS: ${name} → ${fqdn}${via} → headless Service: ${answer}` }],
      headlessPods: pods,
    };
  }
  return { ip: service.clusterIP, port, protocol, steps: [{ kind: 'dns', text: `DNS: ${name} → ${fqdn}${via} → A ${service.clusterIP}` }] };
}

export function traceConnection(sim: Simulation, from: string, to: string, mode: Mode = 'iptables'): Trace {
  const source = resolveSource(sim, from);
  const trace: Trace = { from, to, mode, steps: [], outcome: 'delivered', candidates: [] };
  let destination: Destination;
  try {
    destination = resolveDestination(sim, to, source);
  } catch (error) {
    const steps = (error as { steps?: TraceStep[] }).steps;
    if (!steps) throw error;
    trace.steps.push(...steps, { kind: 'fail', text: 'the client cannot resolve the name: the connection is never attempted' });
    trace.outcome = 'unreachable';
    return trace;
  }
  trace.steps.push(...destination.steps);
  if (destination.steps.some((st) => st.kind === 'dns') && source.pod) {
    const dns = dnsEgress(sim, source.pod);
    if (!dns.allowed) {
      trace.steps.push({
        kind: 'fail',
        text: `the DNS query itself is denied: egress of ${podId(source.pod)} is isolated by ${dns.isolatedBy?.join(', ')} and no rule allows UDP 53 to CoreDNS (kube-system, k8s-app=kube-dns); the lookup times out`,
      });
      trace.outcome = 'denied';
      return trace;
    }
  }
  // An outside client's packet arrives at the node it is addressed to (a NodePort), else at the node a load balancer picks.
  const addressed = sim.cluster.nodes.find((n) => n.ip === destination.ip);
  if (source.external && addressed) source.node = addressed;
  if (destination.externalName !== undefined) {
    trace.steps.push({ kind: 'deliver', text: `the client connects to ${destination.externalName}, outside kube-proxy's rules` });
    trace.outcome = 'external';
    return trace;
  }
  if (!destination.ip) {
    trace.steps.push({ kind: 'fail', text: 'nothing to connect to' });
    trace.outcome = 'unreachable';
    return trace;
  }
  const hook = source.external
    ? `arrives at ${source.node.name} (${source.node.ip}); nat PREROUTING`
    : source.pod
      ? `leaves the Pod through its veth into ${source.node.name}; nat PREROUTING`
      : 'nat OUTPUT';
  trace.steps.push({
    kind: 'send',
    text: `${source.label} (${source.ip}) opens ${destination.protocol} to ${destination.ip}:${destination.port}: ${hook} → ${mode === 'iptables' ? 'KUBE-SERVICES' : 'chain services'}`,
  });

  const match = matchService(sim, destination, source);
  if (!match) {
    finishWithoutService(sim, trace, source, destination);
    return trace;
  }
  followService(sim, trace, source, destination, match);
  return trace;
}

type Via = 'cluster IP' | 'external IP' | 'loadbalancer IP' | 'node port';
interface Match {
  service: ProxyServicePort;
  endpoints: ProxyEndpoint[];
  via: Via;
  node: SimNode;
}

function matchService(sim: Simulation, d: Destination, source: Source): Match | undefined {
  for (const { service, endpoints } of sim.proxy.services) {
    if (service.protocol !== d.protocol) continue;
    const node = source.node;
    if (service.clusterIP === d.ip && service.port === d.port) return { service, endpoints, via: 'cluster IP', node };
    if (service.externalIPs.includes(d.ip) && service.port === d.port) return { service, endpoints, via: 'external IP', node };
    if (service.loadBalancerIPs.includes(d.ip) && service.port === d.port) return { service, endpoints, via: 'loadbalancer IP', node };
  }
  const target = sim.cluster.nodes.find((n) => n.ip === d.ip);
  if (target)
    for (const { service, endpoints } of sim.proxy.services)
      if (service.nodePort === d.port && service.protocol === d.protocol) return { service, endpoints, via: 'node port', node: target };
  return undefined;
}

function finishWithoutService(sim: Simulation, trace: Trace, source: Source, d: Destination): void {
  const { cluster } = sim;
  const pod = cluster.pods.find((p) => p.ip === d.ip);
  if (pod) {
    trace.steps.push({
      kind: 'match',
      text: `no Service rule matches ${d.ip}:${d.port}: the packet is routed to Pod ${podId(pod)} unchanged (no NAT)`,
    });
    const open = pod.ports.some((p) => p.containerPort === d.port && p.protocol === d.protocol);
    const policy = policyStep(sim, source, source.ip, pod, d.port, d.protocol);
    trace.steps.push(policy.step);
    if (!policy.verdict.allowed) {
      trace.outcome = 'denied';
      return;
    }
    trace.steps.push(
      open
        ? { kind: 'deliver', text: `delivered to ${podId(pod)} on ${d.port}/${d.protocol}` }
        : {
            kind: 'deliver',
            text: `reaches ${podId(pod)}, which declares no container port ${d.port}/${d.protocol}: refused unless the process listens anyway`,
          },
    );
    return;
  }
  if (cidrContains(cluster.serviceCidr, d.ip)) {
    const service = cluster.services.find((s) => s.clusterIP === d.ip);
    if (service) {
      const ports = service.ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
      if (trace.mode === 'nftables') {
        trace.steps.push({
          kind: 'fail',
          text: `${d.ip} is the ClusterIP of ${service.namespace}/${service.name}, which exposes ${ports}, not ${d.port}/${d.protocol}: cluster-ips-check rejects it ("Reject traffic to invalid ports of ClusterIPs")`,
        });
        trace.outcome = 'rejected';
      } else {
        trace.steps.push({
          kind: 'fail',
          text: `${d.ip} is the ClusterIP of ${service.namespace}/${service.name}, which exposes ${ports}, not ${d.port}/${d.protocol}: no rule matches, nobody owns the address, the packet is routed away and the client times out`,
        });
        trace.outcome = 'dropped';
      }
      return;
    }
    trace.steps.push({
      kind: 'fail',
      text:
        trace.mode === 'nftables'
          ? `${d.ip} is an unallocated ClusterIP: cluster-ips-check drops it`
          : `${d.ip} is no Service's ClusterIP: no rule matches; the client times out`,
    });
    trace.outcome = 'dropped';
    return;
  }
  const node = cluster.nodes.find((n) => n.ip === d.ip);
  if (node) {
    trace.steps.push({
      kind: 'fail',
      text: `${d.port}/${d.protocol} is no NodePort of any Service: nothing on ${node.name} listens there, the node answers with a reset (connection refused)`,
    });
    trace.outcome = 'refused';
    return;
  }
  trace.steps.push({
    kind: 'match',
    text: `${d.ip} is outside the cluster: no kube-proxy rule matches; the packet leaves through the node's default route`,
  });
  if (source.pod) {
    const verdict = evaluateConnection(
      cluster,
      { kind: 'pod', pod: source.pod },
      { kind: 'ip', ip: d.ip, label: d.ip },
      d.port,
      d.protocol,
    );
    if (!verdict.allowed) {
      trace.steps.push({ kind: 'fail', text: `NetworkPolicy: denied — ${verdictText(verdict)}` });
      trace.outcome = 'denied';
      return;
    }
    if (verdict.egress.reason === 'rule') trace.steps.push({ kind: 'policy', text: `NetworkPolicy: allowed — ${verdictText(verdict)}` });
  }
  trace.outcome = 'external';
}

function followService(sim: Simulation, trace: Trace, source: Source, d: Destination, m: Match): void {
  const { cluster } = sim;
  const svc = m.service;
  const spn = servicePortName(svc);
  const protocol = svc.protocol.toLowerCase();
  if (source.external && m.via === 'cluster IP') {
    trace.steps.push({
      kind: 'fail',
      text: `${d.ip} is a ClusterIP: it is routed only inside the cluster, an external client cannot reach it`,
    });
    trace.outcome = 'unreachable';
    return;
  }
  if (m.via === 'loadbalancer IP' && cluster.nodes.some((n) => n.ip === d.ip))
    trace.steps.push({
      kind: 'match',
      text: `${d.ip} is a node's own address published as the LoadBalancer IP (k3s ServiceLB): kube-proxy's nat rule for it matches in PREROUTING, so the connection is DNATed to an endpoint here; the svclb Pod's hostPort is not on this path`,
    });
  const c = categorizeEndpoints(svc, m.endpoints, m.node.name);
  const internal = m.via === 'cluster IP';
  const iptables = trace.mode === 'iptables';
  const fromPod = source.pod !== undefined && cidrContains(cluster.clusterCidr, source.ip);
  const fromNode = !source.external && !source.pod;
  const ext = iptables ? externalChain(spn, protocol) : `external-${serviceChainBase(svc.namespace, svc.name, protocol, svc.portName)}`;
  const svcChain = iptables ? serviceChain(spn, protocol) : `service-${serviceChainBase(svc.namespace, svc.name, protocol, svc.portName)}`;
  const svlChain = iptables ? localChain(spn, protocol) : `local-${serviceChainBase(svc.namespace, svc.name, protocol, svc.portName)}`;
  const entry = iptables
    ? m.via === 'node port'
      ? `KUBE-SERVICES (last rule: destination is a local address) → KUBE-NODEPORTS "${spn}" --dport ${svc.nodePort}`
      : `KUBE-SERVICES "${spn} ${m.via}"`
    : m.via === 'node port'
      ? `services: ${d.ip} is in @nodeport-ips, @service-nodeports { ${protocol} . ${svc.nodePort} }`
      : `services: @service-ips { ${d.ip} . ${protocol} . ${d.port} }`;

  if (!c.hasEndpoints) {
    trace.steps.push({
      kind: 'fail',
      text: iptables
        ? `${spn} has no ready endpoints: filter ${internal ? 'KUBE-SERVICES' : 'KUBE-EXTERNAL-SERVICES'} "${spn} has no endpoints" -j REJECT: the client gets ICMP port unreachable (connection refused at once, not a timeout)`
        : `${spn} has no ready endpoints: @no-endpoint-${m.via === 'node port' ? 'nodeports' : 'services'} → goto reject-chain: the client gets a reject (connection refused at once)`,
    });
    trace.outcome = 'rejected';
    return;
  }

  let chosen: ProxyEndpoint[];
  let masquerade = false;
  let why = '';
  let chain: string;
  if (internal) {
    if (c.internalLocal && c.localEndpoints.length === 0) {
      trace.steps.push({
        kind: 'fail',
        text: `internalTrafficPolicy: Local and no endpoint on ${m.node.name}: ${iptables ? `filter KUBE-SERVICES "${spn} has no local endpoints" -j DROP` : '@no-endpoint-services → drop'}; the client times out`,
      });
      trace.outcome = 'dropped';
      return;
    }
    chain = c.internalLocal ? svlChain : svcChain;
    chosen = c.internalLocal ? c.localEndpoints : c.clusterEndpoints;
    trace.steps.push({ kind: 'match', text: `${entry} → ${chain}` });
    if (sim.config.masqueradeAll) [masquerade, why] = [true, '--masquerade-all is set'];
    else if (!fromPod)
      [masquerade, why] = [
        true,
        `the source ${source.ip} is outside the cluster CIDR ${cluster.clusterCidr} ("! -s ${cluster.clusterCidr}" → KUBE-MARK-MASQ)`,
      ];
    else why = `the source ${source.ip} is inside the cluster CIDR ${cluster.clusterCidr}, so the Pod sees the client's own address`;
  } else {
    const hop =
      iptables && m.via === 'loadbalancer IP' && svc.loadBalancerSourceRanges.length > 0
        ? `${firewallChain(spn, protocol)} (loadBalancerSourceRanges) → `
        : '';
    if (
      svc.loadBalancerSourceRanges.length > 0 &&
      m.via === 'loadbalancer IP' &&
      !svc.loadBalancerSourceRanges.some((r) => cidrContains(r, source.ip))
    ) {
      trace.steps.push({ kind: 'match', text: `${entry} → ${hop}no source range matches ${source.ip}` });
      trace.steps.push({
        kind: 'fail',
        text: `${iptables ? 'filter KUBE-PROXY-FIREWALL' : 'firewall-check'} drops it: ${source.ip} is not in ${svc.loadBalancerSourceRanges.join(', ')}`,
      });
      trace.outcome = 'dropped';
      return;
    }
    if (!c.externalLocal) {
      chain = svcChain;
      chosen = c.clusterEndpoints;
      [masquerade, why] = [
        true,
        `externalTrafficPolicy: Cluster: ${ext} marks every packet (the endpoint may be on another node; replies must come back through ${m.node.name})`,
      ];
      trace.steps.push({ kind: 'match', text: `${entry} → ${hop}${ext} → ${chain}` });
    } else if (fromPod) {
      chain = svcChain;
      chosen = c.clusterEndpoints;
      why = `externalTrafficPolicy: Local does not apply to Pods: "pod traffic for ${spn} external destinations" short-circuits to the cluster-wide chain, as if it had gone out to the load balancer and back`;
      trace.steps.push({ kind: 'match', text: `${entry} → ${hop}${ext} → ${chain} (short-circuit)` });
    } else if (fromNode) {
      chain = svcChain;
      chosen = c.clusterEndpoints;
      [masquerade, why] = [true, `traffic from the node itself ("--src-type LOCAL") is masqueraded and routed to the cluster-wide chain`];
      trace.steps.push({ kind: 'match', text: `${entry} → ${hop}${ext} → ${chain}` });
    } else if (c.localEndpoints.length === 0) {
      trace.steps.push({ kind: 'match', text: `${entry} → ${hop}${ext}: externalTrafficPolicy: Local and no endpoint on ${m.node.name}` });
      trace.steps.push({
        kind: 'fail',
        text: `${iptables ? `filter KUBE-EXTERNAL-SERVICES "${spn} has no local endpoints" -j DROP` : 'no-endpoint verdict drop'}: the client times out (a load balancer's health check on healthCheckNodePort ${svc.healthCheckNodePort ?? '–'} keeps this node out of rotation)`,
      });
      trace.outcome = 'dropped';
      return;
    } else {
      chain = svlChain;
      chosen = c.localEndpoints;
      why = `externalTrafficPolicy: Local: only endpoints on ${m.node.name}, so the client's source address ${source.ip} is kept`;
      trace.steps.push({ kind: 'match', text: `${entry} → ${hop}${ext} → ${chain}` });
    }
  }

  trace.steps.push({
    kind: 'snat',
    text: masquerade
      ? `masquerade: yes — ${why}; KUBE-POSTROUTING rewrites the source to ${m.node.name}'s address on the way out`
      : `masquerade: no — ${why}`,
  });
  const n = chosen.length;
  const sourceSeen = masquerade ? m.node.ip : source.ip;
  trace.candidates = chosen.map((e, i) => {
    const pod = cluster.pods.find((p) => p.ip === e.ip);
    const candidate: Candidate = {
      endpoint: endpointString(e),
      share: `1/${n}`,
      chain: iptables
        ? endpointChain(spn, protocol, endpointString(e))
        : `endpoint-${endpointChainBase(svc.namespace, svc.name, protocol, svc.portName, e.ip, e.port)}`,
      rule: iptables ? (i < n - 1 ? `--probability ${probability(n - i)}` : 'last rule, always') : `numgen random mod ${n} = ${i}`,
    };
    if (pod) candidate.pod = podId(pod);
    if (e.nodeName) candidate.node = e.nodeName;
    if (pod) {
      const peer: Peer = masquerade
        ? { kind: 'ip', ip: sourceSeen, label: sourceSeen }
        : source.pod
          ? { kind: 'pod', pod: source.pod }
          : { kind: 'ip', ip: source.ip, label: source.label };
      candidate.policy = evaluateConnection(cluster, peer, { kind: 'pod', pod }, e.port, svc.protocol);
      if (masquerade && source.pod) {
        // Egress is decided at the source Pod, before the source address is rewritten.
        candidate.policy.egress = evaluateConnection(
          cluster,
          { kind: 'pod', pod: source.pod },
          { kind: 'pod', pod },
          e.port,
          svc.protocol,
        ).egress;
        candidate.policy.allowed = candidate.policy.egress.allowed && candidate.policy.ingress.allowed;
      }
    }
    return candidate;
  });
  const affinity =
    svc.sessionAffinity === 'ClientIP'
      ? ` (sessionAffinity ClientIP: a client seen in the last ${svc.stickySeconds}s goes back to its endpoint first)`
      : '';
  trace.steps.push({
    kind: 'dnat',
    text: `DNAT to one of ${n}${affinity}:`,
    details: trace.candidates.map(
      (k) => `${k.share} → ${k.endpoint}${k.pod ? ` (${k.pod}${k.node ? ` on ${k.node}` : ''})` : ''} via ${k.chain} (${k.rule})`,
    ),
  });
  const allowed = trace.candidates.filter((k) => k.policy?.allowed !== false);
  const denied = trace.candidates.filter((k) => k.policy?.allowed === false);
  if (denied.length > 0 || trace.candidates.some((k) => k.policy?.ingress.reason === 'rule' || k.policy?.egress.reason === 'rule'))
    trace.steps.push({
      kind: 'policy',
      text: `NetworkPolicy (source seen as ${sourceSeen}):`,
      details: trace.candidates.map(
        (k) =>
          `${k.pod ?? k.endpoint}: ${k.policy?.allowed === false ? 'denied' : 'allowed'}${k.policy ? ` — ${verdictText(k.policy)}` : ''}`,
      ),
    });
  else trace.steps.push({ kind: 'policy', text: 'NetworkPolicy: no policy selects the source or the endpoints for this traffic: allowed' });
  if (allowed.length === 0) {
    trace.steps.push({
      kind: 'fail',
      text: 'every endpoint denies this connection: the NetworkPolicy implementation blocks it (on k3s, kube-router rejects it at once; kindnet drops it and the client times out)',
    });
    trace.outcome = 'denied';
    return;
  }
  trace.steps.push({
    kind: 'deliver',
    text:
      denied.length > 0
        ? `${allowed.length} of ${n} new connections get through (to ${allowed.map((k) => k.pod ?? k.endpoint).join(', ')}); the others are dropped by policy`
        : n === 1
          ? `delivered to ${trace.candidates[0]?.pod ?? trace.candidates[0]?.endpoint} as ${sourceSeen} → ${trace.candidates[0]?.endpoint}`
          : `delivered to one of ${n} Pods, each new connection chosen at random`,
  });
}

function verdictText(v: Verdict): string {
  const d = [v.egress, v.ingress];
  const names = ['egress', 'ingress'];
  return (
    d
      .map((x, i) =>
        x.reason === 'rule'
          ? `${names[i]} allowed by ${x.policy} ${x.rule}`
          : x.reason === 'no-rule'
            ? `${names[i]} isolated by ${x.isolatedBy?.join(', ')}, no rule allows`
            : '',
      )
      .filter(Boolean)
      .join(', ') || 'not isolated'
  );
}

function policyStep(
  sim: Simulation,
  source: Source,
  ip: string,
  pod: SimPod,
  port: number,
  protocol: string,
): { step: TraceStep; verdict: Verdict } {
  const peer: Peer = source.pod ? { kind: 'pod', pod: source.pod } : { kind: 'ip', ip, label: source.label };
  const verdict = evaluateConnection(sim.cluster, peer, { kind: 'pod', pod }, port, protocol);
  return { step: { kind: 'policy', text: `NetworkPolicy: ${verdict.allowed ? 'allowed' : 'denied'} — ${verdictText(verdict)}` }, verdict };
}

/**
 * Egress from a Pod to CoreDNS on UDP 53, the first packet of any lookup. CoreDNS is not in the manifests: it is
 * modelled as k3s deploys it (namespace kube-system, label k8s-app=kube-dns, port 53 named "dns"), at the last
 * address of the first node's podCIDR.
 */
function dnsEgress(sim: Simulation, pod: SimPod): ReturnType<typeof evaluateConnection>['egress'] {
  const cidr = parseCidr(sim.cluster.nodes[0]?.podCidr ?? '');
  const coredns: SimPod = {
    name: 'coredns',
    namespace: 'kube-system',
    labels: { 'k8s-app': 'kube-dns' },
    ip: cidr ? nthAddress(cidr, cidrSize(cidr) - 2) : '0.0.0.0',
    node: sim.cluster.nodes[0]?.name ?? '',
    ready: true,
    owner: 'Deployment/coredns',
    ports: [
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
    ],
    source: pod.source,
  };
  return evaluateConnection(sim.cluster, { kind: 'pod', pod }, { kind: 'pod', pod: coredns }, 53, 'UDP').egress;
}

export function formatTrace(trace: Trace): string {
  const lines = [`trace ${trace.from} → ${trace.to} (${trace.mode} mode)`];
  for (const [i, s] of trace.steps.entries()) {
    lines.push(`  ${i + 1}. ${s.text}`);
    for (const d of s.details ?? []) lines.push(`     - ${d}`);
  }
  lines.push(`  result: ${trace.outcome}`);
  return lines.join('\n');
}
