import { get, isRecord, podSpecOf } from '../validation/k8s/workloads.ts';
import type { Resource } from '../validation/resource.ts';
import { stableNumber, stableString } from './hash.ts';
import { cidrSize, isIPv4, nthAddress, parseCidr } from './ip.ts';

/**
 * The cluster the simulation runs in: the stated address plan (nodes, their podCIDRs, the Service CIDR) and the
 * objects the controllers would create from the manifests — Pods expanded from their workloads, Services with a
 * ClusterIP and NodePorts. What the API server or a controller would choose at random (Pod name suffixes,
 * ClusterIPs, NodePorts) is a stable placeholder derived from the object's name, so output does not change from
 * run to run.
 */

export interface SimNode {
  name: string;
  ip: string;
  podCidr: string;
}

export interface ClusterOptions {
  /** Nodes and their podCIDRs; the first is the node kube-proxy's rules are computed for (unless `node` says). */
  nodes?: SimNode[];
  /** The node whose kube-proxy is simulated. */
  node?: string;
  serviceCidr?: string;
  /** The cluster's Pod CIDR: kube-proxy's "local traffic" detector (`--cluster-cidr`). */
  clusterCidr?: string;
  /**
   * What a LoadBalancer implementation publishes when a Service has no status.loadBalancer.ingress: `node-ips`
   * (k3s ServiceLB: the addresses of the nodes running its svclb Pods, here every node) or a CIDR to draw one
   * address from (a MetalLB-style pool).
   */
  loadBalancer?: 'node-ips' | string;
  /** Pods (`namespace/name`) or workloads (`namespace/workload`) whose Pods are not Ready. */
  notReady?: string[];
}

/** Modelled on a two-node k3s cluster (flannel, kube-proxy): its default Service and Pod CIDRs. */
export const DEFAULT_CLUSTER: Required<Omit<ClusterOptions, 'notReady' | 'node'>> = {
  nodes: [
    { name: 'node-1', ip: '192.168.64.2', podCidr: '10.42.0.0/24' },
    { name: 'node-2', ip: '192.168.64.3', podCidr: '10.42.1.0/24' },
  ],
  serviceCidr: '10.43.0.0/16',
  clusterCidr: '10.42.0.0/16',
  loadBalancer: 'node-ips',
};

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol: string;
}

export interface SimPod {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  ip: string;
  node: string;
  ready: boolean;
  /** `Deployment/frontend`, `Pod/client` … */
  owner: string;
  ports: ContainerPort[];
  hostname?: string;
  subdomain?: string;
  source: Resource;
}

export interface SimServicePort {
  name: string;
  port: number;
  protocol: string;
  targetPort: number | string;
  nodePort?: number;
  appProtocol?: string;
}

export interface SimService {
  name: string;
  namespace: string;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  clusterIP: string;
  /** True when spec.clusterIP is None. */
  headless: boolean;
  selector: Record<string, string> | undefined;
  ports: SimServicePort[];
  externalIPs: string[];
  loadBalancerIPs: string[];
  loadBalancerSourceRanges: string[];
  externalTrafficPolicy: 'Cluster' | 'Local';
  internalTrafficPolicy: 'Cluster' | 'Local';
  sessionAffinity: 'None' | 'ClientIP';
  stickySeconds: number;
  publishNotReadyAddresses: boolean;
  healthCheckNodePort?: number;
  externalName?: string;
  /** Which fields the simulation chose because the manifest leaves them to the cluster. */
  placeholders: string[];
  source: Resource;
}

export interface SimNamespace {
  name: string;
  labels: Record<string, string>;
}

export interface Cluster {
  nodes: SimNode[];
  node: SimNode;
  serviceCidr: string;
  clusterCidr: string;
  pods: SimPod[];
  services: SimService[];
  namespaces: SimNamespace[];
  policies: Resource[];
}

export class ClusterPlanError extends Error {}

/** Kubernetes' random name suffixes use this alphabet (no vowels, no 0/1/3: apimachinery's rand.String). */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const WELL_KNOWN_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export function buildCluster(resources: Resource[], options: ClusterOptions = {}): Cluster {
  const nodes = options.nodes ?? DEFAULT_CLUSTER.nodes;
  if (nodes.length === 0) throw new ClusterPlanError('the node list is empty');
  for (const n of nodes) {
    if (!isIPv4(n.ip)) throw new ClusterPlanError(`node ${n.name}: "${n.ip}" is not an IPv4 address`);
    if (!parseCidr(n.podCidr)) throw new ClusterPlanError(`node ${n.name}: podCIDR "${n.podCidr}" is not an IPv4 CIDR`);
  }
  const node = options.node ? nodes.find((n) => n.name === options.node) : nodes[0];
  if (!node) throw new ClusterPlanError(`node "${options.node}" is not in the node list (${nodes.map((n) => n.name).join(', ')})`);
  const serviceCidr = options.serviceCidr ?? DEFAULT_CLUSTER.serviceCidr;
  const clusterCidr = options.clusterCidr ?? DEFAULT_CLUSTER.clusterCidr;
  if (!parseCidr(serviceCidr)) throw new ClusterPlanError(`Service CIDR "${serviceCidr}" is not an IPv4 CIDR`);
  if (!parseCidr(clusterCidr)) throw new ClusterPlanError(`cluster CIDR "${clusterCidr}" is not an IPv4 CIDR`);
  const notReady = new Set(options.notReady ?? []);

  const sorted = [...resources].sort((a, b) => key(a).localeCompare(key(b)));
  const pods = expandPods(sorted, nodes, notReady);
  const services = sorted
    .filter((r) => r.kind === 'Service' && r.apiVersion === 'v1' && r.name)
    .map((r) => toService(r, options.loadBalancer ?? DEFAULT_CLUSTER.loadBalancer, nodes));
  allocateClusterIPs(services, serviceCidr);
  allocateNodePorts(services);

  const namespaces = new Map<string, SimNamespace>();
  for (const name of WELL_KNOWN_NAMESPACES) namespaces.set(name, { name, labels: { 'kubernetes.io/metadata.name': name } });
  for (const r of sorted) {
    if (r.kind !== 'Namespace' || !r.name) continue;
    // The API server always sets kubernetes.io/metadata.name (NamespaceDefaultLabelName, GA in 1.22).
    namespaces.set(r.name, {
      name: r.name,
      labels: { ...stringMap(get(r.value, ['metadata', 'labels'])), 'kubernetes.io/metadata.name': r.name },
    });
  }
  for (const p of pods)
    if (!namespaces.has(p.namespace))
      namespaces.set(p.namespace, { name: p.namespace, labels: { 'kubernetes.io/metadata.name': p.namespace } });
  const policies = sorted.filter((r) => r.kind === 'NetworkPolicy' && r.apiVersion === 'networking.k8s.io/v1');
  return { nodes, node, serviceCidr, clusterCidr, pods, services, namespaces: [...namespaces.values()], policies };
}

const key = (r: Resource) => `${r.namespace ?? 'default'}/${r.kind}/${r.name ?? ''}`;

export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

function expandPods(resources: Resource[], nodes: SimNode[], notReady: Set<string>): SimPod[] {
  const pods: SimPod[] = [];
  const nextIp = new Map<string, number>(nodes.map((n) => [n.name, 2]));
  const cidrs = new Map(nodes.map((n) => [n.name, parseCidr(n.podCidr)]));
  let roundRobin = 0;
  const place = (requested: unknown): SimNode => {
    const named = typeof requested === 'string' ? nodes.find((n) => n.name === requested) : undefined;
    if (named) return named;
    const chosen = nodes[roundRobin % nodes.length] as SimNode;
    roundRobin++;
    return chosen;
  };
  for (const resource of resources) {
    const spec = podSpecOf(resource);
    if (!spec || !resource.name) continue;
    if (!['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(resource.kind)) continue;
    const namespace = resource.namespace ?? 'default';
    const owner = `${resource.kind}/${resource.name}`;
    const labels = stringMap(spec.labels);
    const ports = containerPorts(spec.spec);
    const hostNetwork = spec.spec.hostNetwork === true;
    const replicas =
      typeof get(resource.value, ['spec', 'replicas']) === 'number' ? (get(resource.value, ['spec', 'replicas']) as number) : 1;
    const names: { name: string; node?: SimNode }[] = [];
    switch (resource.kind) {
      case 'Pod':
        names.push({ name: resource.name });
        break;
      case 'Deployment': {
        // pod-template-hash: the Deployment controller hashes the template; here a stable stand-in of the same shape.
        const templateHash = stableString(`${namespace}/${resource.name}/${JSON.stringify(spec.spec)}`, 10, NAME_ALPHABET);
        for (let i = 0; i < replicas; i++)
          names.push({ name: `${resource.name}-${templateHash}-${stableString(`${namespace}/${resource.name}/${i}`, 5, NAME_ALPHABET)}` });
        break;
      }
      case 'ReplicaSet':
        for (let i = 0; i < replicas; i++)
          names.push({ name: `${resource.name}-${stableString(`${namespace}/${resource.name}/${i}`, 5, NAME_ALPHABET)}` });
        break;
      case 'StatefulSet':
        for (let i = 0; i < replicas; i++) names.push({ name: `${resource.name}-${i}` });
        break;
      case 'DaemonSet':
        for (const n of nodes)
          names.push({ name: `${resource.name}-${stableString(`${namespace}/${resource.name}/${n.name}`, 5, NAME_ALPHABET)}`, node: n });
        break;
    }
    const workloadNotReady = notReady.has(`${namespace}/${resource.name}`) || statusNotReady(resource);
    for (const { name, node: fixed } of names) {
      const node = fixed ?? place(spec.spec.nodeName);
      let ip: string;
      if (hostNetwork) ip = node.ip;
      else {
        const cidr = cidrs.get(node.name);
        const n = nextIp.get(node.name) ?? 2;
        if (!cidr || n >= cidrSize(cidr) - 1) throw new ClusterPlanError(`node ${node.name}: podCIDR ${node.podCidr} has no address left`);
        ip = nthAddress(cidr, n);
        nextIp.set(node.name, n + 1);
      }
      const pod: SimPod = {
        name,
        namespace,
        labels,
        ip,
        node: node.name,
        ready: !(workloadNotReady || notReady.has(`${namespace}/${name}`)),
        owner,
        ports,
        source: resource,
      };
      if (resource.kind === 'StatefulSet') {
        pod.hostname = name;
        const serviceName = get(resource.value, ['spec', 'serviceName']);
        if (typeof serviceName === 'string') pod.subdomain = serviceName;
      } else {
        if (typeof spec.spec.hostname === 'string') pod.hostname = spec.spec.hostname;
        if (typeof spec.spec.subdomain === 'string') pod.subdomain = spec.spec.subdomain;
      }
      pods.push(pod);
    }
  }
  return pods;
}

/** A bare Pod manifest may carry a status (copied from `kubectl get -o yaml`): Ready=False there means not ready. */
function statusNotReady(resource: Resource): boolean {
  const conditions = get(resource.value, ['status', 'conditions']);
  if (!Array.isArray(conditions)) return false;
  return conditions.some((c) => isRecord(c) && c.type === 'Ready' && c.status !== 'True');
}

function containerPorts(spec: Record<string, unknown>): ContainerPort[] {
  const out: ContainerPort[] = [];
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  for (const c of containers) {
    if (!isRecord(c) || !Array.isArray(c.ports)) continue;
    for (const p of c.ports) {
      if (!isRecord(p) || typeof p.containerPort !== 'number') continue;
      const port: ContainerPort = { containerPort: p.containerPort, protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP' };
      if (typeof p.name === 'string') port.name = p.name;
      out.push(port);
    }
  }
  return out;
}

function toService(resource: Resource, loadBalancer: string, nodes: SimNode[]): SimService {
  const spec = isRecord(resource.value.spec) ? resource.value.spec : {};
  const type = (typeof spec.type === 'string' ? spec.type : 'ClusterIP') as SimService['type'];
  const placeholders: string[] = [];
  const ports: SimServicePort[] = (Array.isArray(spec.ports) ? spec.ports : []).filter(isRecord).map((p) => {
    const port: SimServicePort = {
      name: typeof p.name === 'string' ? p.name : '',
      port: typeof p.port === 'number' ? p.port : 0,
      protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
      // An unset targetPort defaults to port (the API server's defaulting).
      targetPort:
        typeof p.targetPort === 'number' || typeof p.targetPort === 'string' ? p.targetPort : typeof p.port === 'number' ? p.port : 0,
    };
    if (typeof p.nodePort === 'number') port.nodePort = p.nodePort;
    if (typeof p.appProtocol === 'string') port.appProtocol = p.appProtocol;
    return port;
  });
  const clusterIPSpec = typeof spec.clusterIP === 'string' ? spec.clusterIP : '';
  const ingress = get(resource.value, ['status', 'loadBalancer', 'ingress']);
  let loadBalancerIPs = Array.isArray(ingress)
    ? ingress
        .filter(isRecord)
        .map((i) => String(i.ip ?? ''))
        .filter(isIPv4)
    : [];
  if (type === 'LoadBalancer' && loadBalancerIPs.length === 0) {
    const pool = parseCidr(loadBalancer);
    // k3s ServiceLB (pkg/cloudprovider/servicelb.go, podIPs): the sorted internal IPs of the nodes running its ready
    // svclb Pods, with no ipMode, so kube-proxy treats them as VIPs and writes rules for them.
    if (loadBalancer === 'node-ips') {
      loadBalancerIPs = nodes.map((n) => n.ip).sort();
      placeholders.push('status.loadBalancer.ingress');
    } else if (pool) {
      loadBalancerIPs = [nthAddress(pool, 1 + stableNumber(`${resource.namespace}/${resource.name}`, Math.max(1, cidrSize(pool) - 2)))];
      placeholders.push('status.loadBalancer.ingress');
    }
  }
  const affinity = spec.sessionAffinity === 'ClientIP' ? 'ClientIP' : 'None';
  const timeout = get(spec, ['sessionAffinityConfig', 'clientIP', 'timeoutSeconds']);
  const service: SimService = {
    name: resource.name as string,
    namespace: resource.namespace ?? 'default',
    type,
    clusterIP: clusterIPSpec === 'None' ? 'None' : clusterIPSpec,
    headless: clusterIPSpec === 'None',
    selector: isRecord(spec.selector) && Object.keys(spec.selector).length > 0 ? stringMap(spec.selector) : undefined,
    ports,
    externalIPs: Array.isArray(spec.externalIPs) ? spec.externalIPs.map(String).filter(isIPv4) : [],
    loadBalancerIPs,
    loadBalancerSourceRanges: Array.isArray(spec.loadBalancerSourceRanges)
      ? spec.loadBalancerSourceRanges.map((s) => String(s).trim())
      : [],
    externalTrafficPolicy: spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
    internalTrafficPolicy: spec.internalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
    sessionAffinity: affinity,
    // 10800 s (3 hours) is the API default for sessionAffinityConfig.clientIP.timeoutSeconds.
    stickySeconds: typeof timeout === 'number' ? timeout : 10800,
    publishNotReadyAddresses: spec.publishNotReadyAddresses === true,
    placeholders,
    source: resource,
  };
  if (typeof spec.healthCheckNodePort === 'number') service.healthCheckNodePort = spec.healthCheckNodePort;
  if (typeof spec.externalName === 'string') service.externalName = spec.externalName;
  if (service.clusterIP && !isIPv4(service.clusterIP) && !service.headless) service.clusterIP = '';
  return service;
}

/** ClusterIPs the manifest leaves to the allocator get a stable address from the Service CIDR (never .0 or .1). */
function allocateClusterIPs(services: SimService[], serviceCidr: string): void {
  const cidr = parseCidr(serviceCidr) as NonNullable<ReturnType<typeof parseCidr>>;
  const size = cidrSize(cidr);
  const taken = new Set(services.map((s) => s.clusterIP).filter((ip) => ip && ip !== 'None'));
  taken.add(nthAddress(cidr, 1)); // the kubernetes Service's address
  for (const s of services) {
    if (s.clusterIP || s.type === 'ExternalName') continue;
    let n = 2 + stableNumber(`${s.namespace}/${s.name}`, size - 3);
    while (taken.has(nthAddress(cidr, n))) n = n + 1 >= size - 1 ? 2 : n + 1;
    s.clusterIP = nthAddress(cidr, n);
    taken.add(s.clusterIP);
    s.placeholders.push('spec.clusterIP');
  }
}

/** NodePorts left to the allocator get a stable port in the default range 30000–32767. */
function allocateNodePorts(services: SimService[]): void {
  const taken = new Set<number>();
  for (const s of services) for (const p of s.ports) if (p.nodePort) taken.add(p.nodePort);
  for (const s of services) {
    const wants = s.type === 'NodePort' || s.type === 'LoadBalancer';
    if (wants)
      for (const p of s.ports) {
        if (p.nodePort) continue;
        let port = 30000 + stableNumber(`${s.namespace}/${s.name}/${p.name}/${p.protocol}`, 2768);
        while (taken.has(port)) port = port >= 32767 ? 30000 : port + 1;
        p.nodePort = port;
        taken.add(port);
        if (!s.placeholders.includes('spec.ports[].nodePort')) s.placeholders.push('spec.ports[].nodePort');
      }
    if (s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local' && s.healthCheckNodePort === undefined) {
      let port = 30000 + stableNumber(`${s.namespace}/${s.name}/healthCheck`, 2768);
      while (taken.has(port)) port = port >= 32767 ? 30000 : port + 1;
      s.healthCheckNodePort = port;
      taken.add(port);
      s.placeholders.push('spec.healthCheckNodePort');
    }
  }
}
