import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { endpointChain, iptablesRules, probability, serviceChain } from '../../src/simulation/iptables.ts';
import type { ProxyEndpoint, ProxyServicePort } from '../../src/simulation/proxy-model.ts';
import { upstreamConfig, upstreamState } from './upstream-proxy-fixture.ts';

const rulesOf = (text: string, chain: string) => text.split('\n').filter((l) => l.startsWith(`-A ${chain} `) || l === `-A ${chain}`);

describe('chain names (pkg/proxy/iptables servicePortPolicyClusterChain, servicePortEndpointChainName)', () => {
  it('hashes default/kubernetes:https tcp as kube-proxy does', () => {
    expect(serviceChain('default/kubernetes:https', 'tcp')).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
  });
  it('hashes the upstream test Services and endpoints (TestOverallIPTablesRules)', () => {
    expect(serviceChain('ns1/svc1:p80', 'tcp')).toBe('KUBE-SVC-XPGD46QRK7WJZT7O');
    expect(serviceChain('ns2/svc2:p80', 'TCP')).toBe('KUBE-SVC-GNZBNJ2PO5MGZ6GT');
    expect(endpointChain('ns1/svc1:p80', 'tcp', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
    expect(endpointChain('ns4/svc4:p80', 'tcp', '10.180.0.5:80')).toBe('KUBE-SEP-C6EBXVWJJZMIWKLZ');
  });
  it('formats the probability ladder with %0.10f of 1/n', () => {
    expect([2, 3, 4, 7].map(probability)).toEqual(['0.5000000000', '0.3333333333', '0.2500000000', '0.1428571429']);
  });
});

// Restates the expectations of TestOverallIPTablesRules (pkg/proxy/iptables/proxier_test.go).
describe('TestOverallIPTablesRules, restated', () => {
  const { filter, nat } = iptablesRules(upstreamState, upstreamConfig);

  it('declares the top-level and per-Service chains', () => {
    expect(filter.split('\n').filter((l) => l.startsWith(':'))).toEqual([
      ':KUBE-NODEPORTS - [0:0]',
      ':KUBE-SERVICES - [0:0]',
      ':KUBE-EXTERNAL-SERVICES - [0:0]',
      ':KUBE-FIREWALL - [0:0]',
      ':KUBE-FORWARD - [0:0]',
      ':KUBE-PROXY-FIREWALL - [0:0]',
    ]);
    expect(nat.split('\n').filter((l) => l.startsWith(':'))).toEqual(
      [
        'KUBE-NODEPORTS',
        'KUBE-SERVICES',
        'KUBE-EXT-4SW47YFZTEDKD3PK',
        'KUBE-EXT-GNZBNJ2PO5MGZ6GT',
        'KUBE-EXT-NUKIZ6OKUXPJNT4C',
        'KUBE-EXT-X27LE4BHSL4DOUIK',
        'KUBE-FW-NUKIZ6OKUXPJNT4C',
        'KUBE-MARK-MASQ',
        'KUBE-POSTROUTING',
        'KUBE-SEP-C6EBXVWJJZMIWKLZ',
        'KUBE-SEP-I77PXRDZVX7PMWMN',
        'KUBE-SEP-OYPFS5VJICHGATKP',
        'KUBE-SEP-RS4RBKLTHTF2IUXJ',
        'KUBE-SEP-SXIVWICOYRO3J4NJ',
        'KUBE-SEP-UKSFD7AGPMPPLUHC',
        'KUBE-SVC-4SW47YFZTEDKD3PK',
        'KUBE-SVC-GNZBNJ2PO5MGZ6GT',
        'KUBE-SVC-NUKIZ6OKUXPJNT4C',
        'KUBE-SVC-X27LE4BHSL4DOUIK',
        'KUBE-SVC-XPGD46QRK7WJZT7O',
      ].map((c) => `:${c} - [0:0]`),
    );
  });

  it('rejects the Service without endpoints and drops external traffic of the Local Service without local endpoints', () => {
    expect(rulesOf(filter, 'KUBE-SERVICES')).toEqual([
      '-A KUBE-SERVICES -m comment --comment "ns6/svc6:p80 has no endpoints" -m tcp -p tcp -d 172.30.0.46 --dport 80 -j REJECT',
    ]);
    expect(rulesOf(filter, 'KUBE-EXTERNAL-SERVICES')).toEqual([
      '-A KUBE-EXTERNAL-SERVICES -m comment --comment "ns2/svc2:p80 has no local endpoints" -m tcp -p tcp -d 192.168.99.22 --dport 80 -j DROP',
      '-A KUBE-EXTERNAL-SERVICES -m comment --comment "ns2/svc2:p80 has no local endpoints" -m tcp -p tcp -d 1.2.3.4 --dport 80 -j DROP',
      '-A KUBE-EXTERNAL-SERVICES -m comment --comment "ns2/svc2:p80 has no local endpoints" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 3001 -j DROP',
    ]);
    expect(rulesOf(filter, 'KUBE-NODEPORTS')).toEqual([
      '-A KUBE-NODEPORTS -m comment --comment "ns2/svc2:p80 health check node port" -m tcp -p tcp --dport 30000 -j ACCEPT',
    ]);
    expect(rulesOf(filter, 'KUBE-PROXY-FIREWALL')).toEqual([
      '-A KUBE-PROXY-FIREWALL -m comment --comment "ns5/svc5:p80 traffic not accepted by KUBE-FW-NUKIZ6OKUXPJNT4C" -m tcp -p tcp -d 5.6.7.8 --dport 80 -j DROP',
    ]);
    expect(rulesOf(filter, 'KUBE-FORWARD')).toEqual([
      '-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name ct_state_invalid_dropped_pkts -j DROP',
      '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
      '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
    ]);
  });

  it('captures ClusterIPs, external IPs, LoadBalancer IPs, then hands local destinations to KUBE-NODEPORTS last', () => {
    expect(rulesOf(nat, 'KUBE-SERVICES')).toEqual([
      '-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 -j KUBE-SVC-XPGD46QRK7WJZT7O',
      '-A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 cluster IP" -m tcp -p tcp -d 172.30.0.42 --dport 80 -j KUBE-SVC-GNZBNJ2PO5MGZ6GT',
      '-A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 external IP" -m tcp -p tcp -d 192.168.99.22 --dport 80 -j KUBE-EXT-GNZBNJ2PO5MGZ6GT',
      '-A KUBE-SERVICES -m comment --comment "ns2/svc2:p80 loadbalancer IP" -m tcp -p tcp -d 1.2.3.4 --dport 80 -j KUBE-EXT-GNZBNJ2PO5MGZ6GT',
      '-A KUBE-SERVICES -m comment --comment "ns3/svc3:p80 cluster IP" -m tcp -p tcp -d 172.30.0.43 --dport 80 -j KUBE-SVC-X27LE4BHSL4DOUIK',
      '-A KUBE-SERVICES -m comment --comment "ns4/svc4:p80 cluster IP" -m tcp -p tcp -d 172.30.0.44 --dport 80 -j KUBE-SVC-4SW47YFZTEDKD3PK',
      '-A KUBE-SERVICES -m comment --comment "ns4/svc4:p80 external IP" -m tcp -p tcp -d 192.168.99.33 --dport 80 -j KUBE-EXT-4SW47YFZTEDKD3PK',
      '-A KUBE-SERVICES -m comment --comment "ns5/svc5:p80 cluster IP" -m tcp -p tcp -d 172.30.0.45 --dport 80 -j KUBE-SVC-NUKIZ6OKUXPJNT4C',
      '-A KUBE-SERVICES -m comment --comment "ns5/svc5:p80 loadbalancer IP" -m tcp -p tcp -d 5.6.7.8 --dport 80 -j KUBE-FW-NUKIZ6OKUXPJNT4C',
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    ]);
  });

  it('NodePorts: a localhost rule counted by nfacct, then the port itself, both into KUBE-EXT', () => {
    expect(rulesOf(nat, 'KUBE-NODEPORTS')).toEqual([
      '-A KUBE-NODEPORTS -m comment --comment ns2/svc2:p80 -m tcp -p tcp -d 127.0.0.0/8 --dport 3001 -m nfacct --nfacct-name localhost_nps_accepted_pkts -j KUBE-EXT-GNZBNJ2PO5MGZ6GT',
      '-A KUBE-NODEPORTS -m comment --comment ns2/svc2:p80 -m tcp -p tcp --dport 3001 -j KUBE-EXT-GNZBNJ2PO5MGZ6GT',
      '-A KUBE-NODEPORTS -m comment --comment ns3/svc3:p80 -m tcp -p tcp -d 127.0.0.0/8 --dport 3003 -m nfacct --nfacct-name localhost_nps_accepted_pkts -j KUBE-EXT-X27LE4BHSL4DOUIK',
      '-A KUBE-NODEPORTS -m comment --comment ns3/svc3:p80 -m tcp -p tcp --dport 3003 -j KUBE-EXT-X27LE4BHSL4DOUIK',
      '-A KUBE-NODEPORTS -m comment --comment ns5/svc5:p80 -m tcp -p tcp -d 127.0.0.0/8 --dport 3002 -m nfacct --nfacct-name localhost_nps_accepted_pkts -j KUBE-EXT-NUKIZ6OKUXPJNT4C',
      '-A KUBE-NODEPORTS -m comment --comment ns5/svc5:p80 -m tcp -p tcp --dport 3002 -j KUBE-EXT-NUKIZ6OKUXPJNT4C',
    ]);
  });

  it('externalTrafficPolicy Cluster masquerades; Local short-circuits Pod and node traffic and has no fall-through without local endpoints', () => {
    expect(rulesOf(nat, 'KUBE-EXT-X27LE4BHSL4DOUIK')).toEqual([
      '-A KUBE-EXT-X27LE4BHSL4DOUIK -m comment --comment "masquerade traffic for ns3/svc3:p80 external destinations" -j KUBE-MARK-MASQ',
      '-A KUBE-EXT-X27LE4BHSL4DOUIK -j KUBE-SVC-X27LE4BHSL4DOUIK',
    ]);
    expect(rulesOf(nat, 'KUBE-EXT-GNZBNJ2PO5MGZ6GT')).toEqual([
      '-A KUBE-EXT-GNZBNJ2PO5MGZ6GT -m comment --comment "pod traffic for ns2/svc2:p80 external destinations" -s 10.0.0.0/8 -j KUBE-SVC-GNZBNJ2PO5MGZ6GT',
      '-A KUBE-EXT-GNZBNJ2PO5MGZ6GT -m comment --comment "masquerade LOCAL traffic for ns2/svc2:p80 external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ',
      '-A KUBE-EXT-GNZBNJ2PO5MGZ6GT -m comment --comment "route LOCAL traffic for ns2/svc2:p80 external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-GNZBNJ2PO5MGZ6GT',
    ]);
  });

  it('source ranges: KUBE-FW lets the allowed range on to KUBE-EXT; the rest falls to KUBE-PROXY-FIREWALL', () => {
    expect(rulesOf(nat, 'KUBE-FW-NUKIZ6OKUXPJNT4C')).toEqual([
      '-A KUBE-FW-NUKIZ6OKUXPJNT4C -m comment --comment "ns5/svc5:p80 loadbalancer IP" -s 203.0.113.0/25 -j KUBE-EXT-NUKIZ6OKUXPJNT4C',
      '-A KUBE-FW-NUKIZ6OKUXPJNT4C -m comment --comment "other traffic to ns5/svc5:p80 will be dropped by KUBE-PROXY-FIREWALL"',
    ]);
  });

  it('one endpoint: masquerade off-cluster sources, then jump to the only KUBE-SEP; the SEP hairpins and DNATs', () => {
    expect(rulesOf(nat, 'KUBE-SVC-XPGD46QRK7WJZT7O')).toEqual([
      '-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ',
      '-A KUBE-SVC-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 -> 10.180.0.1:80" -j KUBE-SEP-SXIVWICOYRO3J4NJ',
    ]);
    expect(rulesOf(nat, 'KUBE-SEP-SXIVWICOYRO3J4NJ')).toEqual([
      '-A KUBE-SEP-SXIVWICOYRO3J4NJ -m comment --comment ns1/svc1:p80 -s 10.180.0.1 -j KUBE-MARK-MASQ',
      '-A KUBE-SEP-SXIVWICOYRO3J4NJ -m comment --comment ns1/svc1:p80 -m tcp -p tcp -j DNAT --to-destination 10.180.0.1:80',
    ]);
  });

  it('two endpoints: the first rule matches with probability 0.5, the last always', () => {
    expect(rulesOf(nat, 'KUBE-SVC-4SW47YFZTEDKD3PK')).toEqual([
      '-A KUBE-SVC-4SW47YFZTEDKD3PK -m comment --comment "ns4/svc4:p80 cluster IP" -m tcp -p tcp -d 172.30.0.44 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ',
      '-A KUBE-SVC-4SW47YFZTEDKD3PK -m comment --comment "ns4/svc4:p80 -> 10.180.0.4:80" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-UKSFD7AGPMPPLUHC',
      '-A KUBE-SVC-4SW47YFZTEDKD3PK -m comment --comment "ns4/svc4:p80 -> 10.180.0.5:80" -j KUBE-SEP-C6EBXVWJJZMIWKLZ',
    ]);
  });

  it('session affinity: -m recent --rcheck before the ladder, --set in the SEP', () => {
    expect(rulesOf(nat, 'KUBE-SVC-NUKIZ6OKUXPJNT4C')).toEqual([
      '-A KUBE-SVC-NUKIZ6OKUXPJNT4C -m comment --comment "ns5/svc5:p80 cluster IP" -m tcp -p tcp -d 172.30.0.45 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ',
      '-A KUBE-SVC-NUKIZ6OKUXPJNT4C -m comment --comment "ns5/svc5:p80 -> 10.180.0.3:80" -m recent --name KUBE-SEP-I77PXRDZVX7PMWMN --rcheck --seconds 10800 --reap -j KUBE-SEP-I77PXRDZVX7PMWMN',
      '-A KUBE-SVC-NUKIZ6OKUXPJNT4C -m comment --comment "ns5/svc5:p80 -> 10.180.0.3:80" -j KUBE-SEP-I77PXRDZVX7PMWMN',
    ]);
    expect(rulesOf(nat, 'KUBE-SEP-I77PXRDZVX7PMWMN')[1]).toBe(
      '-A KUBE-SEP-I77PXRDZVX7PMWMN -m comment --comment ns5/svc5:p80 -m recent --name KUBE-SEP-I77PXRDZVX7PMWMN --set -m tcp -p tcp -j DNAT --to-destination 10.180.0.3:80',
    );
  });

  it('marks, unmarks and masquerades in KUBE-MARK-MASQ / KUBE-POSTROUTING', () => {
    expect([...rulesOf(nat, 'KUBE-MARK-MASQ'), ...rulesOf(nat, 'KUBE-POSTROUTING')]).toEqual([
      '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
      '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
      '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
      '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE',
    ]);
  });
});

// TestLoadBalancingRules-style ladders and TestExternalTrafficPolicyLocal-style local chains (proxier_test.go).
describe('ladders and local policies', () => {
  const svc = (extra: Partial<ProxyServicePort> = {}): ProxyServicePort => ({
    namespace: 'ns1',
    name: 'svc1',
    portName: 'p80',
    protocol: 'TCP',
    clusterIP: '172.30.0.41',
    port: 80,
    externalIPs: [],
    loadBalancerIPs: [],
    loadBalancerSourceRanges: [],
    externalTrafficPolicy: 'Cluster',
    internalTrafficPolicy: 'Cluster',
    sessionAffinity: 'None',
    stickySeconds: 10800,
    ...extra,
  });
  const ep = (ip: string, nodeName = 'other-node'): ProxyEndpoint => ({
    ip,
    port: 80,
    nodeName,
    ready: true,
    serving: true,
    terminating: false,
  });

  it('three endpoints: 1/3, then 1/2, then the last unconditionally', () => {
    const { nat } = iptablesRules(
      { services: [{ service: svc(), endpoints: [ep('10.180.0.1'), ep('10.180.0.2'), ep('10.180.0.3')] }] },
      upstreamConfig,
    );
    const ladder = rulesOf(nat, 'KUBE-SVC-XPGD46QRK7WJZT7O').slice(1);
    expect(ladder.map((l) => l.match(/--probability (\S+)/)?.[1] ?? 'last')).toEqual(['0.3333333333', '0.5000000000', 'last']);
  });

  it('externalTrafficPolicy Local with a local endpoint: KUBE-EXT falls through to KUBE-SVL, which holds only the local one', () => {
    const state = {
      services: [
        { service: svc({ nodePort: 3001, externalTrafficPolicy: 'Local' }), endpoints: [ep('10.180.0.1'), ep('10.180.0.2', 'test-node')] },
      ],
    };
    const { nat, filter } = iptablesRules(state, upstreamConfig);
    const ext = rulesOf(nat, 'KUBE-EXT-XPGD46QRK7WJZT7O');
    expect(ext.at(-1)).toBe('-A KUBE-EXT-XPGD46QRK7WJZT7O -j KUBE-SVL-XPGD46QRK7WJZT7O');
    expect(rulesOf(nat, 'KUBE-SVL-XPGD46QRK7WJZT7O')).toHaveLength(1);
    expect(rulesOf(nat, 'KUBE-SVL-XPGD46QRK7WJZT7O')[0]).toContain('"ns1/svc1:p80 -> 10.180.0.2:80"');
    expect(rulesOf(filter, 'KUBE-EXTERNAL-SERVICES')).toEqual([]);
  });

  it('internalTrafficPolicy Local without local endpoints drops ClusterIP traffic', () => {
    const state = { services: [{ service: svc({ internalTrafficPolicy: 'Local' }), endpoints: [ep('10.180.0.1')] }] };
    const { nat, filter } = iptablesRules(state, upstreamConfig);
    expect(rulesOf(filter, 'KUBE-SERVICES')).toEqual([
      '-A KUBE-SERVICES -m comment --comment "ns1/svc1:p80 has no local endpoints" -m tcp -p tcp -d 172.30.0.41 --dport 80 -j DROP',
    ]);
    expect(nat).not.toContain('KUBE-SVC-XPGD46QRK7WJZT7O');
  });

  it('an unnamed port is named namespace/name, without a colon', () => {
    const state = { services: [{ service: svc({ portName: '' }), endpoints: [ep('10.180.0.1')] }] };
    const { nat } = iptablesRules(state, upstreamConfig);
    expect(nat).toContain(
      `-A KUBE-SERVICES -m comment --comment "ns1/svc1 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 -j ${serviceChain('ns1/svc1', 'tcp')}`,
    );
  });

  it('drops per-endpoint comments above 1,000 endpoints (large cluster mode)', () => {
    const many = Array.from({ length: 1001 }, (_, i) => ep(`10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`));
    const { nat } = iptablesRules({ services: [{ service: svc(), endpoints: many }] }, upstreamConfig);
    const jumps = rulesOf(nat, 'KUBE-SVC-XPGD46QRK7WJZT7O').slice(1);
    expect(jumps).toHaveLength(1001);
    expect(jumps.every((l) => !l.includes('--comment'))).toBe(true);
  });
});

// The example set's chains, checked against an independent SHA-256 (node:crypto) and RFC 4648 base32.
describe('chain names of the example Services', () => {
  const reference = (text: string) => {
    const bytes = createHash('sha256').update(text).digest();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let bits = '';
    for (const b of bytes) bits += b.toString(2).padStart(8, '0');
    let out = '';
    for (let i = 0; i + 5 <= bits.length && out.length < 16; i += 5) out += alphabet[Number.parseInt(bits.slice(i, i + 5), 2)];
    return out;
  };
  it.each(['netdemo/frontend', 'netdemo/frontend-nodeport:http', 'netdemo/database:postgres', 'mealie/mealie:http'])('%s', (spn) => {
    expect(serviceChain(spn, 'tcp')).toBe(`KUBE-SVC-${reference(`${spn}tcp`)}`);
  });
});
