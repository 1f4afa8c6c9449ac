import { base32Sha256 } from './hash.ts';
import {
  categorizeEndpoints,
  endpointString,
  type ProxyConfig,
  type ProxyEndpoint,
  type ProxyState,
  servicePortName,
} from './proxy-model.ts';

/**
 * kube-proxy's iptables mode (pkg/proxy/iptables/proxier.go, syncProxyRules): the `*filter` and `*nat` input it
 * hands to iptables-restore. Rules are written per Service port in the same order as the proxier; chains are
 * printed the way kube-proxy's own tests normalise a dump (the top-level chains first, then the per-Service
 * chains by name), so a chain's rules stay in order and the output does not depend on Go's map order.
 */

/** portProtoHash: base32(SHA-256(servicePortName + protocol)), first 16 characters. */
export function portProtoHash(servicePortName: string, protocol: string): string {
  return base32Sha256(servicePortName + protocol.toLowerCase()).slice(0, 16);
}

export const serviceChain = (spn: string, protocol: string) => `KUBE-SVC-${portProtoHash(spn, protocol)}`;
export const localChain = (spn: string, protocol: string) => `KUBE-SVL-${portProtoHash(spn, protocol)}`;
export const externalChain = (spn: string, protocol: string) => `KUBE-EXT-${portProtoHash(spn, protocol)}`;
export const firewallChain = (spn: string, protocol: string) => `KUBE-FW-${portProtoHash(spn, protocol)}`;

/** servicePortEndpointChainName: the same hash over servicePortName + protocol + "IP:port". */
export function endpointChain(spn: string, protocol: string, endpoint: string): string {
  return `KUBE-SEP-${base32Sha256(spn + protocol.toLowerCase() + endpoint).slice(0, 16)}`;
}

/** computeProbability: fmt.Sprintf("%0.10f", 1.0/float64(n)). */
export function probability(n: number): string {
  return (1 / n).toFixed(10);
}

/** Above this many endpoints kube-proxy drops per-endpoint comments ("large cluster mode"). */
export const LARGE_CLUSTER_ENDPOINTS = 1000;

const FILTER_TOP = ['KUBE-NODEPORTS', 'KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-FIREWALL', 'KUBE-FORWARD', 'KUBE-PROXY-FIREWALL'];
const NAT_TOP = ['KUBE-NODEPORTS', 'KUBE-SERVICES'];

class Table {
  readonly chains = new Set<string>();
  readonly rules = new Map<string, string[]>();
  chain(name: string): void {
    this.chains.add(name);
  }
  add(chain: string, ...args: string[]): void {
    this.chains.add(chain);
    const list = this.rules.get(chain) ?? [];
    list.push(['-A', chain, ...args].join(' '));
    this.rules.set(chain, list);
  }
  render(name: string, top: string[]): string {
    const order = [...top.filter((c) => this.chains.has(c)), ...[...this.chains].filter((c) => !top.includes(c)).sort()];
    const lines = [`*${name}`, ...order.map((c) => `:${c} - [0:0]`)];
    for (const c of order) lines.push(...(this.rules.get(c) ?? []));
    lines.push('COMMIT');
    return lines.join('\n');
  }
}

const quote = (text: string) => (/\s/.test(text) ? `"${text}"` : text);
const comment = (text: string) => ['-m', 'comment', '--comment', quote(text)];

export interface IptablesResult {
  filter: string;
  nat: string;
  /** Chain names per Service port, for traces and for pages that name a chain. */
  chains: Map<string, { svc: string; svl: string; ext: string; fw: string; seps: Map<string, string> }>;
  text: string;
}

export function iptablesRules(state: ProxyState, config: ProxyConfig): IptablesResult {
  const mark = `0x${(1 << (config.masqueradeBit ?? 14)).toString(16)}`;
  const localhostNodePorts = config.localhostNodePorts ?? true;
  const nfacct = config.nfacct ?? true;
  const filter = new Table();
  const nat = new Table();
  for (const c of ['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-FORWARD', 'KUBE-NODEPORTS', 'KUBE-PROXY-FIREWALL']) filter.chain(c);
  for (const c of ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ']) nat.chain(c);

  nat.add('KUBE-POSTROUTING', '-m', 'mark', '!', '--mark', `${mark}/${mark}`, '-j', 'RETURN');
  nat.add('KUBE-POSTROUTING', '-j', 'MARK', '--xor-mark', mark);
  nat.add(
    'KUBE-POSTROUTING',
    ...comment('kubernetes service traffic requiring SNAT'),
    '-j',
    'MASQUERADE',
    ...(config.randomFully === false ? [] : ['--random-fully']),
  );
  nat.add('KUBE-MARK-MASQ', '-j', 'MARK', '--or-mark', mark);
  if (localhostNodePorts) {
    // The mitigation for route_localnet (kubernetes#90259); kubelet writes the same rule.
    filter.add(
      'KUBE-FIREWALL',
      ...comment('block incoming localnet connections'),
      ...['-d', '127.0.0.0/8', '!', '-s', '127.0.0.0/8', '-m', 'conntrack', '!', '--ctstate', 'RELATED,ESTABLISHED,DNAT', '-j', 'DROP'],
    );
  }

  const totalEndpoints = state.services.reduce((n, s) => n + s.endpoints.length, 0);
  const largeCluster = totalEndpoints > LARGE_CLUSTER_ENDPOINTS;
  const svcComment = (text: string) => (largeCluster ? [] : comment(text));
  const chains: IptablesResult['chains'] = new Map();

  for (const { service: svc, endpoints } of state.services) {
    const spn = servicePortName(svc);
    const protocol = svc.protocol.toLowerCase();
    const c = categorizeEndpoints(svc, endpoints, config.nodeName);
    const svcChain = serviceChain(spn, protocol);
    const svlChain = localChain(spn, protocol);
    const extChain = externalChain(spn, protocol);
    const fwChain = firewallChain(spn, protocol);
    const seps = new Map(c.allReachable.map((e) => [endpointString(e), endpointChain(spn, protocol, endpointString(e))]));
    chains.set(spn, { svc: svcChain, svl: svlChain, ext: extChain, fw: fwChain, seps });

    const usesClusterChain = c.clusterEndpoints.length > 0 && c.usesClusterEndpoints;
    const usesLocalChain = c.localEndpoints.length > 0 && c.usesLocalEndpoints;
    const internalChain = c.internalLocal ? svlChain : svcChain;
    const hasInternal = c.hasEndpoints && (!c.internalLocal || c.localEndpoints.length > 0);
    const externalPolicyChain = c.externalLocal ? svlChain : svcChain;
    const hasExternal = c.hasEndpoints && (!c.externalLocal || c.localEndpoints.length > 0);
    const usesExtChain = c.hasEndpoints && (svc.nodePort !== undefined || svc.loadBalancerIPs.length > 0 || svc.externalIPs.length > 0);
    const usesFwChain = c.hasEndpoints && svc.loadBalancerIPs.length > 0 && svc.loadBalancerSourceRanges.length > 0;
    const lbChain = usesFwChain ? fwChain : extChain;

    let internalFilter = '';
    let internalFilterComment = '';
    let externalFilter = '';
    let externalFilterComment = '';
    if (!c.hasEndpoints) {
      internalFilter = externalFilter = 'REJECT';
      internalFilterComment = externalFilterComment = `${spn} has no endpoints`;
    } else {
      if (!hasInternal) [internalFilter, internalFilterComment] = ['DROP', `${spn} has no local endpoints`];
      if (!hasExternal) [externalFilter, externalFilterComment] = ['DROP', `${spn} has no local endpoints`];
    }
    const dst = (ip: string, port: number) => ['-m', protocol, '-p', protocol, '-d', ip, '--dport', String(port)];

    if (hasInternal) nat.add('KUBE-SERVICES', ...comment(`${spn} cluster IP`), ...dst(svc.clusterIP, svc.port), '-j', internalChain);
    else filter.add('KUBE-SERVICES', ...comment(internalFilterComment), ...dst(svc.clusterIP, svc.port), '-j', internalFilter);

    for (const ip of svc.externalIPs) {
      if (c.hasEndpoints) nat.add('KUBE-SERVICES', ...comment(`${spn} external IP`), ...dst(ip, svc.port), '-j', extChain);
      if (!hasExternal) filter.add('KUBE-EXTERNAL-SERVICES', ...comment(externalFilterComment), ...dst(ip, svc.port), '-j', externalFilter);
    }
    for (const ip of svc.loadBalancerIPs) {
      if (c.hasEndpoints) nat.add('KUBE-SERVICES', ...comment(`${spn} loadbalancer IP`), ...dst(ip, svc.port), '-j', lbChain);
      if (usesFwChain)
        filter.add('KUBE-PROXY-FIREWALL', ...comment(`${spn} traffic not accepted by ${fwChain}`), ...dst(ip, svc.port), '-j', 'DROP');
    }
    if (!hasExternal)
      for (const ip of svc.loadBalancerIPs)
        filter.add('KUBE-EXTERNAL-SERVICES', ...comment(externalFilterComment), ...dst(ip, svc.port), '-j', externalFilter);

    if (svc.nodePort !== undefined) {
      const np = String(svc.nodePort);
      if (c.hasEndpoints) {
        if (localhostNodePorts && nfacct)
          nat.add(
            'KUBE-NODEPORTS',
            ...comment(spn),
            ...['-m', protocol, '-p', protocol, '-d', '127.0.0.0/8', '--dport', np],
            ...['-m', 'nfacct', '--nfacct-name', 'localhost_nps_accepted_pkts', '-j', extChain],
          );
        nat.add('KUBE-NODEPORTS', ...comment(spn), '-m', protocol, '-p', protocol, '--dport', np, '-j', extChain);
      }
      if (!hasExternal)
        filter.add(
          'KUBE-EXTERNAL-SERVICES',
          ...comment(externalFilterComment),
          ...['-m', 'addrtype', '--dst-type', 'LOCAL', '-m', protocol, '-p', protocol, '--dport', np, '-j', externalFilter],
        );
    }
    if (svc.healthCheckNodePort !== undefined)
      filter.add(
        'KUBE-NODEPORTS',
        ...comment(`${spn} health check node port`),
        ...['-m', 'tcp', '-p', 'tcp', '--dport', String(svc.healthCheckNodePort), '-j', 'ACCEPT'],
      );

    if (hasInternal) {
      const args = [...comment(`${spn} cluster IP`), ...dst(svc.clusterIP, svc.port)];
      if (config.masqueradeAll) nat.add(internalChain, ...args, '-j', 'KUBE-MARK-MASQ');
      else if (config.clusterCidr) nat.add(internalChain, ...args, '!', '-s', config.clusterCidr, '-j', 'KUBE-MARK-MASQ');
    }
    if (usesExtChain) {
      nat.chain(extChain);
      if (!c.externalLocal) {
        nat.add(extChain, ...comment(`masquerade traffic for ${spn} external destinations`), '-j', 'KUBE-MARK-MASQ');
      } else {
        if (config.clusterCidr)
          nat.add(extChain, ...comment(`pod traffic for ${spn} external destinations`), '-s', config.clusterCidr, '-j', svcChain);
        nat.add(
          extChain,
          ...comment(`masquerade LOCAL traffic for ${spn} external destinations`),
          '-m',
          'addrtype',
          '--src-type',
          'LOCAL',
          '-j',
          'KUBE-MARK-MASQ',
        );
        nat.add(
          extChain,
          ...comment(`route LOCAL traffic for ${spn} external destinations`),
          '-m',
          'addrtype',
          '--src-type',
          'LOCAL',
          '-j',
          svcChain,
        );
      }
      if (hasExternal) nat.add(extChain, '-j', externalPolicyChain);
    }
    if (usesFwChain) {
      nat.chain(fwChain);
      for (const cidr of svc.loadBalancerSourceRanges) nat.add(fwChain, ...comment(`${spn} loadbalancer IP`), '-s', cidr, '-j', extChain);
      nat.add(fwChain, ...comment(`other traffic to ${spn} will be dropped by KUBE-PROXY-FIREWALL`));
    }
    const writeServiceToEndpoints = (chain: string, list: ProxyEndpoint[]) => {
      nat.chain(chain);
      if (svc.sessionAffinity === 'ClientIP')
        for (const e of list) {
          const sep = seps.get(endpointString(e)) as string;
          nat.add(
            chain,
            ...svcComment(`${spn} -> ${endpointString(e)}`),
            '-m',
            'recent',
            '--name',
            sep,
            '--rcheck',
            '--seconds',
            String(svc.stickySeconds),
            '--reap',
            '-j',
            sep,
          );
        }
      list.forEach((e, i) => {
        const sep = seps.get(endpointString(e)) as string;
        const ladder = i < list.length - 1 ? ['-m', 'statistic', '--mode', 'random', '--probability', probability(list.length - i)] : [];
        nat.add(chain, ...svcComment(`${spn} -> ${endpointString(e)}`), ...ladder, '-j', sep);
      });
    };
    if (usesClusterChain) writeServiceToEndpoints(svcChain, c.clusterEndpoints);
    if (usesLocalChain) writeServiceToEndpoints(svlChain, c.localEndpoints);
    for (const e of c.allReachable) {
      const sep = seps.get(endpointString(e)) as string;
      nat.chain(sep);
      nat.add(sep, ...svcComment(spn), '-s', e.ip, '-j', 'KUBE-MARK-MASQ');
      const affinity = svc.sessionAffinity === 'ClientIP' ? ['-m', 'recent', '--name', sep, '--set'] : [];
      nat.add(sep, ...svcComment(spn), ...affinity, '-m', protocol, '-p', protocol, '-j', 'DNAT', '--to-destination', endpointString(e));
    }
  }

  // The last rule of KUBE-SERVICES: anything addressed to this node goes on to the NodePorts (nodePortAddresses unset).
  nat.add(
    'KUBE-SERVICES',
    ...comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'),
    '-m',
    'addrtype',
    '--dst-type',
    'LOCAL',
    ...(localhostNodePorts ? [] : ['!', '-d', '127.0.0.0/8']),
    '-j',
    'KUBE-NODEPORTS',
  );
  filter.add(
    'KUBE-FORWARD',
    '-m',
    'conntrack',
    '--ctstate',
    'INVALID',
    ...(nfacct ? ['-m', 'nfacct', '--nfacct-name', 'ct_state_invalid_dropped_pkts'] : []),
    '-j',
    'DROP',
  );
  filter.add('KUBE-FORWARD', ...comment('kubernetes forwarding rules'), '-m', 'mark', '--mark', `${mark}/${mark}`, '-j', 'ACCEPT');
  filter.add(
    'KUBE-FORWARD',
    ...comment('kubernetes forwarding conntrack rule'),
    '-m',
    'conntrack',
    '--ctstate',
    'RELATED,ESTABLISHED',
    '-j',
    'ACCEPT',
  );

  const filterText = filter.render('filter', FILTER_TOP);
  const natText = nat.render('nat', NAT_TOP);
  return { filter: filterText, nat: natText, chains, text: `${filterText}\n${natText}\n` };
}
