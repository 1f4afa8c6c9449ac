import type { Cluster, SimService } from './cluster.ts';
import type { EndpointSlice } from './endpointslices.ts';

/**
 * What kube-proxy sees: one entry per Service port (pkg/proxy ServicePort) and the endpoints the slices give it
 * (pkg/proxy Endpoint), independent of how they were made, so kube-proxy's own unit-test inputs can be stated
 * directly. Both rule writers (iptables, nftables) read this model.
 */

export interface ProxyServicePort {
  namespace: string;
  name: string;
  portName: string;
  protocol: string;
  clusterIP: string;
  port: number;
  nodePort?: number;
  externalIPs: string[];
  loadBalancerIPs: string[];
  loadBalancerSourceRanges: string[];
  externalTrafficPolicy: 'Cluster' | 'Local';
  internalTrafficPolicy: 'Cluster' | 'Local';
  sessionAffinity: 'None' | 'ClientIP';
  stickySeconds: number;
  healthCheckNodePort?: number;
}

export interface ProxyEndpoint {
  ip: string;
  port: number;
  nodeName?: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface ProxyState {
  services: { service: ProxyServicePort; endpoints: ProxyEndpoint[] }[];
}

export interface ProxyConfig {
  nodeName: string;
  nodeIP: string;
  /** `--cluster-cidr`: traffic from it is "local" (from a Pod); unset means the detector is not implemented. */
  clusterCidr?: string;
  /** Service CIDRs (nftables' cluster-ips-check). */
  serviceCidrs: string[];
  /** `--iptables-masquerade-bit` (default 14 → mark 0x4000). */
  masqueradeBit?: number;
  /** `--iptables-localhost-nodeports` (default true, IPv4 only). */
  localhostNodePorts?: boolean;
  /** Whether the kernel has nfacct (the counters kube-proxy uses for two metrics). */
  nfacct?: boolean;
  /** Whether iptables supports `--random-fully` (every iptables since 1.6.2). */
  randomFully?: boolean;
  /** `--masquerade-all`. */
  masqueradeAll?: boolean;
}

/** ServicePortName.String(): `namespace/name`, then `:port` when the port has a name. */
export function servicePortName(s: Pick<ProxyServicePort, 'namespace' | 'name' | 'portName'>): string {
  return `${s.namespace}/${s.name}${s.portName ? `:${s.portName}` : ''}`;
}

export const endpointString = (e: ProxyEndpoint) => `${e.ip}:${e.port}`;

export function externallyAccessible(s: ProxyServicePort): boolean {
  return (s.nodePort ?? 0) !== 0 || s.loadBalancerIPs.length > 0 || s.externalIPs.length > 0;
}

const externalPolicyLocal = (s: ProxyServicePort) => externallyAccessible(s) && s.externalTrafficPolicy === 'Local';
const internalPolicyLocal = (s: ProxyServicePort) => s.internalTrafficPolicy === 'Local';

export interface Categorized {
  clusterEndpoints: ProxyEndpoint[];
  localEndpoints: ProxyEndpoint[];
  allReachable: ProxyEndpoint[];
  hasEndpoints: boolean;
  usesClusterEndpoints: boolean;
  usesLocalEndpoints: boolean;
  internalLocal: boolean;
  externalLocal: boolean;
}

/**
 * pkg/proxy/topology.go CategorizeEndpoints (topology hints left out): ready endpoints, or, when none is ready,
 * the serving-and-terminating ones as a fallback; "local" are those on this node.
 */
export function categorizeEndpoints(service: ProxyServicePort, endpoints: ProxyEndpoint[], nodeName: string): Categorized {
  const usable = (list: ProxyEndpoint[]) => {
    const ready = list.filter((e) => e.ready);
    return ready.length > 0 ? ready : list.filter((e) => e.serving && e.terminating);
  };
  const internalLocal = internalPolicyLocal(service);
  const externalLocal = externalPolicyLocal(service);
  // Even with externalTrafficPolicy Local, Cluster endpoints implement the short-circuit for traffic from inside.
  const usesClusterEndpoints = !internalLocal || externallyAccessible(service);
  const usesLocalEndpoints = internalLocal || externalLocal;
  const clusterEndpoints = usesClusterEndpoints ? usable(endpoints) : [];
  const localEndpoints = usesLocalEndpoints ? usable(endpoints.filter((e) => e.nodeName === nodeName)) : [];
  const hasEndpoints = usable(endpoints).length > 0;
  const reachable = new Map<string, ProxyEndpoint>();
  if (usesClusterEndpoints) for (const e of clusterEndpoints) reachable.set(endpointString(e), e);
  if (usesLocalEndpoints) for (const e of localEndpoints) reachable.set(endpointString(e), e);
  return {
    clusterEndpoints,
    localEndpoints,
    allReachable: [...reachable.values()],
    hasEndpoints,
    usesClusterEndpoints,
    usesLocalEndpoints,
    internalLocal,
    externalLocal,
  };
}

/** The Services and slices of a simulated cluster, as kube-proxy's caches would hold them. */
export function proxyStateOf(cluster: Cluster, slices: EndpointSlice[]): ProxyState {
  const services: ProxyState['services'] = [];
  const byService = new Map<string, EndpointSlice[]>();
  for (const slice of slices) {
    const key = `${slice.metadata.namespace}/${slice.metadata.labels['kubernetes.io/service-name']}`;
    byService.set(key, [...(byService.get(key) ?? []), slice]);
  }
  for (const s of cluster.services) {
    // kube-proxy skips Services without a ClusterIP (headless, ExternalName).
    if (s.headless || s.type === 'ExternalName' || !s.clusterIP) continue;
    for (const port of s.ports)
      services.push({
        service: toProxyServicePort(s, port),
        endpoints: endpointsFor(s, port.name, port.protocol, byService.get(`${s.namespace}/${s.name}`) ?? []),
      });
  }
  services.sort((a, b) => compareNames(servicePortName(a.service), servicePortName(b.service)));
  return { services };
}

export const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toProxyServicePort(s: SimService, port: SimService['ports'][number]): ProxyServicePort {
  const out: ProxyServicePort = {
    namespace: s.namespace,
    name: s.name,
    portName: port.name,
    protocol: port.protocol,
    clusterIP: s.clusterIP,
    port: port.port,
    externalIPs: s.externalIPs,
    loadBalancerIPs: s.type === 'LoadBalancer' ? s.loadBalancerIPs : [],
    loadBalancerSourceRanges: s.type === 'LoadBalancer' ? s.loadBalancerSourceRanges : [],
    externalTrafficPolicy: s.externalTrafficPolicy,
    internalTrafficPolicy: s.internalTrafficPolicy,
    sessionAffinity: s.sessionAffinity,
    stickySeconds: s.stickySeconds,
  };
  if (port.nodePort && (s.type === 'NodePort' || s.type === 'LoadBalancer')) out.nodePort = port.nodePort;
  if (s.healthCheckNodePort && s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local')
    out.healthCheckNodePort = s.healthCheckNodePort;
  return out;
}

/** endpointslicecache: endpoints of the slices for this port name, sorted by "IP:port" string as kube-proxy does. */
function endpointsFor(s: SimService, portName: string, protocol: string, slices: EndpointSlice[]): ProxyEndpoint[] {
  const out = new Map<string, ProxyEndpoint>();
  for (const slice of slices) {
    if (slice.metadata.namespace !== s.namespace || slice.metadata.labels['kubernetes.io/service-name'] !== s.name) continue;
    const port = slice.ports.find((p) => p.name === portName && p.protocol === protocol);
    if (!port) continue;
    for (const e of slice.endpoints)
      for (const ip of e.addresses.slice(0, 1)) {
        const endpoint: ProxyEndpoint = { ip, port: port.port, nodeName: e.nodeName, ...e.conditions };
        out.set(endpointString(endpoint), endpoint);
      }
  }
  return [...out.values()].sort((a, b) => compareNames(endpointString(a), endpointString(b)));
}
