import { base32Sha256 } from './hash.ts';
import { cidrContains } from './ip.ts';
import {
  categorizeEndpoints,
  endpointString,
  externallyAccessible,
  type ProxyConfig,
  type ProxyEndpoint,
  type ProxyState,
  servicePortName,
} from './proxy-model.ts';

/**
 * kube-proxy's nftables mode (pkg/proxy/nftables/proxier.go): the transaction it runs against `table ip kube-proxy`,
 * in the `add …` form that `nft -f` reads (and that kube-proxy's tests compare). One `service-…` chain per Service
 * port with a `numgen random mod N vmap` over `endpoint-…` chains; ClusterIPs, external IPs, LoadBalancer IPs and
 * NodePorts are elements of the service-ips / service-nodeports maps instead of one rule each.
 */

/** knftables.NameLengthMax (256) minus the longest chain prefix (16). */
const CHAIN_NAME_BASE_MAX = 240;

/** hashAndTruncate: first 8 characters of base32(SHA-256(name)), a dash, the name; cut at 240 characters. */
function hashAndTruncate(name: string): string {
  const out = `${base32Sha256(name).slice(0, 8)}-${name}`;
  return out.length > CHAIN_NAME_BASE_MAX ? `${out.slice(0, CHAIN_NAME_BASE_MAX - 3)}...` : out;
}

/** servicePortChainNameBase: `HASH-namespace/name/protocol/port`. */
export function serviceChainBase(namespace: string, name: string, protocol: string, portName: string): string {
  return hashAndTruncate(`${namespace}/${name}/${protocol.toLowerCase()}/${portName}`);
}

/** servicePortEndpointChainNameBase: `HASH-namespace/name/protocol/port__IP/port`. */
export function endpointChainBase(namespace: string, name: string, protocol: string, portName: string, ip: string, port: number): string {
  return hashAndTruncate(`${namespace}/${name}/${protocol.toLowerCase()}/${portName}__${ip.replaceAll(':', '.')}/${port}`);
}

export interface NftablesResult {
  text: string;
  chains: Map<string, { service: string; local: string; external: string; firewall: string; endpoints: Map<string, string> }>;
}

const T = 'ip kube-proxy';

function baseRules(config: ProxyConfig, mark: string): string[] {
  const cidrs = config.serviceCidrs.join(' , ');
  return [
    `add table ${T} { comment "rules for kube-proxy" ; }`,
    '',
    `add set ${T} cluster-ips { type ipv4_addr ; comment "Active ClusterIPs" ; }`,
    `add set ${T} nodeport-ips { type ipv4_addr ; comment "IPs that accept NodePort traffic" ; }`,
    '',
    `add map ${T} firewall-ips { type ipv4_addr . inet_proto . inet_service : verdict ; comment "destinations that are subject to LoadBalancerSourceRanges" ; }`,
    `add map ${T} no-endpoint-nodeports { type inet_proto . inet_service : verdict ; comment "vmap to drop or reject packets to service nodeports with no endpoints" ; }`,
    `add map ${T} no-endpoint-services { type ipv4_addr . inet_proto . inet_service : verdict ; comment "vmap to drop or reject packets to services with no endpoints" ; }`,
    `add map ${T} service-ips { type ipv4_addr . inet_proto . inet_service : verdict ; comment "ClusterIP, ExternalIP and LoadBalancer IP traffic" ; }`,
    `add map ${T} service-nodeports { type inet_proto . inet_service : verdict ; comment "NodePort traffic" ; }`,
    '',
    `add chain ${T} cluster-ips-check`,
    `add chain ${T} filter-prerouting-pre-dnat { type filter hook prerouting priority -110 ; }`,
    `add chain ${T} filter-output-pre-dnat { type filter hook output priority -110 ; }`,
    `add chain ${T} filter-forward { type filter hook forward priority 0 ; }`,
    `add chain ${T} filter-input { type filter hook input priority 0 ; }`,
    `add chain ${T} filter-output { type filter hook output priority 0 ; }`,
    `add chain ${T} firewall-check`,
    `add chain ${T} mark-for-masquerade`,
    `add chain ${T} masquerading`,
    `add chain ${T} nat-output { type nat hook output priority -100 ; }`,
    `add chain ${T} nat-postrouting { type nat hook postrouting priority 100 ; }`,
    `add chain ${T} nat-prerouting { type nat hook prerouting priority -100 ; }`,
    `add chain ${T} nodeport-endpoints-check`,
    `add chain ${T} reject-chain { comment "helper for @no-endpoint-services / @no-endpoint-nodeports" ; }`,
    `add chain ${T} services`,
    `add chain ${T} service-endpoints-check`,
    '',
    `add rule ${T} cluster-ips-check ip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"`,
    `add rule ${T} cluster-ips-check ip daddr { ${cidrs} } drop comment "Drop traffic to unallocated ClusterIPs"`,
    `add rule ${T} filter-prerouting-pre-dnat ct state new jump firewall-check`,
    `add rule ${T} filter-forward ct state new jump service-endpoints-check`,
    `add rule ${T} filter-forward ct state new jump cluster-ips-check`,
    `add rule ${T} filter-input ct state new jump nodeport-endpoints-check`,
    `add rule ${T} filter-input ct state new jump service-endpoints-check`,
    `add rule ${T} filter-output ct state new jump service-endpoints-check`,
    `add rule ${T} filter-output-pre-dnat ct state new jump firewall-check`,
    `add rule ${T} filter-output ct state new jump cluster-ips-check`,
    `add rule ${T} firewall-check ip daddr . meta l4proto . th dport vmap @firewall-ips`,
    `add rule ${T} mark-for-masquerade mark set mark or ${mark}`,
    `add rule ${T} masquerading mark and ${mark} == 0 return`,
    `add rule ${T} masquerading mark set mark xor ${mark}`,
    `add rule ${T} masquerading masquerade fully-random`,
    `add rule ${T} nat-output jump services`,
    `add rule ${T} nat-postrouting jump masquerading`,
    `add rule ${T} nat-prerouting jump services`,
    `add rule ${T} nodeport-endpoints-check ip daddr @nodeport-ips meta l4proto . th dport vmap @no-endpoint-nodeports`,
    `add rule ${T} reject-chain reject`,
    `add rule ${T} services ip daddr . meta l4proto . th dport vmap @service-ips`,
    `add rule ${T} services ip daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports`,
    '',
    `add element ${T} nodeport-ips { ${config.nodeIP} }`,
    `add rule ${T} service-endpoints-check ip daddr . meta l4proto . th dport vmap @no-endpoint-services`,
  ];
}

export function nftablesRules(state: ProxyState, config: ProxyConfig): NftablesResult {
  const mark = `0x${(1 << (config.masqueradeBit ?? 14)).toString(16)}`;
  const lines = baseRules(config, mark);
  const chains: NftablesResult['chains'] = new Map();
  const rule = (chain: string, text: string, comment?: string) =>
    lines.push(`add rule ${T} ${chain} ${text}${comment ? ` comment "${comment}"` : ''}`);
  const chain = (name: string) => lines.push(`add chain ${T} ${name}`);
  const element = (map: string, key: string, value?: string, comment?: string) =>
    lines.push(`add element ${T} ${map} { ${key}${comment ? ` comment "${comment}"` : ''}${value ? ` : ${value}` : ''} }`);

  for (const { service: svc, endpoints } of state.services) {
    const spn = servicePortName(svc);
    const protocol = svc.protocol.toLowerCase();
    const c = categorizeEndpoints(svc, endpoints, config.nodeName);
    const base = serviceChainBase(svc.namespace, svc.name, protocol, svc.portName);
    const serviceChain = `service-${base}`;
    const localChain = `local-${base}`;
    const externalChain = `external-${base}`;
    const firewallChain = `firewall-${base}`;
    const epBase = (e: ProxyEndpoint) => endpointChainBase(svc.namespace, svc.name, protocol, svc.portName, e.ip, e.port);
    const endpointChains = new Map(c.allReachable.map((e) => [endpointString(e), `endpoint-${epBase(e)}`]));
    chains.set(spn, {
      service: serviceChain,
      local: localChain,
      external: externalChain,
      firewall: firewallChain,
      endpoints: endpointChains,
    });

    const usesClusterChain = c.clusterEndpoints.length > 0 && c.usesClusterEndpoints;
    const usesLocalChain = c.localEndpoints.length > 0 && c.usesLocalEndpoints;
    const internalChain = c.internalLocal ? localChain : serviceChain;
    const hasInternal = c.hasEndpoints && (!c.internalLocal || c.localEndpoints.length > 0);
    const externalPolicyChain = c.externalLocal ? localChain : serviceChain;
    const hasExternal = c.hasEndpoints && (!c.externalLocal || c.localEndpoints.length > 0);
    const usesExtChain = c.hasEndpoints && externallyAccessible(svc);
    const usesFwChain = svc.loadBalancerIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;
    const internalVerdict = !c.hasEndpoints ? 'goto reject-chain' : hasInternal ? '' : 'drop';
    const externalVerdict = !c.hasEndpoints ? 'goto reject-chain' : hasExternal ? '' : 'drop';
    const affinity = svc.sessionAffinity === 'ClientIP';
    const affinitySet = (e: ProxyEndpoint) => `affinity-${epBase(e)}`;

    lines.push('', `# ${spn}`);
    if (affinity)
      for (const e of c.allReachable)
        lines.push(`add set ${T} ${affinitySet(e)} { type ipv4_addr ; flags dynamic,timeout ; timeout ${svc.stickySeconds}s ; }`);

    const writeServiceToEndpoints = (name: string, list: ProxyEndpoint[], withMasq: boolean) => {
      chain(name);
      if (withMasq) writeInternalMasq(name);
      if (affinity) for (const e of list) rule(name, `ip saddr @${affinitySet(e)} goto ${endpointChains.get(endpointString(e))}`);
      const vmap = list.map((e, i) => `${i} : goto ${endpointChains.get(endpointString(e))}`).join(' , ');
      rule(name, `numgen random mod ${list.length} vmap { ${vmap} }`);
    };
    const writeInternalMasq = (name: string) => {
      if (!hasInternal || name !== internalChain) return;
      if (config.masqueradeAll) rule(name, `ip daddr ${svc.clusterIP} jump mark-for-masquerade`);
      else if (config.clusterCidr) rule(name, `ip daddr ${svc.clusterIP} ip saddr != ${config.clusterCidr} jump mark-for-masquerade`);
    };
    if (usesClusterChain) writeServiceToEndpoints(serviceChain, c.clusterEndpoints, true);
    if (usesLocalChain) writeServiceToEndpoints(localChain, c.localEndpoints, true);
    if (usesExtChain) {
      chain(externalChain);
      if (!c.externalLocal) rule(externalChain, 'jump mark-for-masquerade');
      else {
        if (config.clusterCidr) rule(externalChain, `ip saddr ${config.clusterCidr} goto ${serviceChain}`, 'short-circuit pod traffic');
        rule(externalChain, 'fib saddr type local jump mark-for-masquerade', 'masquerade local traffic');
        rule(externalChain, `fib saddr type local goto ${serviceChain}`, 'short-circuit local traffic');
      }
      if (hasExternal) rule(externalChain, `goto ${externalPolicyChain}`);
    }
    for (const e of [...c.allReachable].sort((a, b) =>
      (endpointChains.get(endpointString(a)) ?? '') < (endpointChains.get(endpointString(b)) ?? '') ? -1 : 1,
    )) {
      const name = endpointChains.get(endpointString(e)) as string;
      chain(name);
      rule(name, `ip saddr ${e.ip} jump mark-for-masquerade`);
      if (affinity) rule(name, `update @${affinitySet(e)} { ip saddr }`);
      rule(name, `meta l4proto ${protocol} dnat to ${endpointString(e)}`);
    }
    if (usesFwChain) {
      chain(firewallChain);
      const sources = [...svc.loadBalancerSourceRanges];
      if (svc.loadBalancerSourceRanges.some((cidr) => cidrContains(cidr, config.nodeIP))) sources.push(...svc.loadBalancerIPs);
      rule(firewallChain, `ip saddr != { ${sources.join(' , ')} } drop`);
    }

    const key = (ip: string) => `${ip} . ${protocol} . ${svc.port}`;
    element('cluster-ips', svc.clusterIP);
    if (hasInternal) element('service-ips', key(svc.clusterIP), `goto ${internalChain}`);
    else element('no-endpoint-services', key(svc.clusterIP), internalVerdict, spn);
    for (const ip of svc.externalIPs) {
      if (c.hasEndpoints) element('service-ips', key(ip), `goto ${externalChain}`);
      if (!hasExternal) element('no-endpoint-services', key(ip), externalVerdict, spn);
    }
    for (const ip of svc.loadBalancerIPs) {
      if (c.hasEndpoints) element('service-ips', key(ip), `goto ${externalChain}`);
      if (usesFwChain) element('firewall-ips', key(ip), `goto ${firewallChain}`);
    }
    if (!hasExternal) for (const ip of svc.loadBalancerIPs) element('no-endpoint-services', key(ip), externalVerdict, spn);
    if (svc.nodePort !== undefined) {
      if (c.hasEndpoints) element('service-nodeports', `${protocol} . ${svc.nodePort}`, `goto ${externalChain}`);
      if (!hasExternal) element('no-endpoint-nodeports', `${protocol} . ${svc.nodePort}`, externalVerdict, spn);
    }
  }
  return { text: `${lines.join('\n')}\n`, chains };
}
