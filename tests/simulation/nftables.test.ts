import { describe, expect, it } from 'vitest';
import { endpointChainBase, nftablesRules, serviceChainBase } from '../../src/simulation/nftables.ts';
import { upstreamConfig, upstreamState } from './upstream-proxy-fixture.ts';

/** Like the upstream assertNFTablesTransactionEqual: rules keep their order within a chain; other lines are a set. */
function normalize(text: string) {
  const rules = new Map<string, string[]>();
  const others: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const m = line.match(/^add rule ip kube-proxy (\S+) /);
    if (m?.[1]) rules.set(m[1], [...(rules.get(m[1]) ?? []), line]);
    else others.push(line);
  }
  return { rules: Object.fromEntries([...rules].sort(([a], [b]) => (a < b ? -1 : 1))), others: others.sort() };
}

const T = 'ip kube-proxy';
const svc1 = 'service-ULMVA6XW-ns1/svc1/tcp/p80';
const ep1 = 'endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80';

describe('nftables chain names (servicePortChainNameBase, servicePortEndpointChainNameBase)', () => {
  it('hash the name with its first 8 base32 characters', () => {
    expect(serviceChainBase('ns1', 'svc1', 'TCP', 'p80')).toBe('ULMVA6XW-ns1/svc1/tcp/p80');
    expect(endpointChainBase('ns1', 'svc1', 'tcp', 'p80', '10.180.0.1', 80)).toBe('5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80');
  });
});

// Restates the per-Service expectations of TestOverallNFTablesRules (pkg/proxy/nftables/proxier_test.go).
describe('TestOverallNFTablesRules, restated', () => {
  const { text } = nftablesRules(upstreamState, upstreamConfig);
  const got = normalize(text);

  it('base table: service-ips and service-nodeports dispatch, masquerading by mark 0x4000, reject-chain', () => {
    expect(got.rules.services).toEqual([
      `add rule ${T} services ip daddr . meta l4proto . th dport vmap @service-ips`,
      `add rule ${T} services ip daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports`,
    ]);
    expect(got.rules.masquerading).toEqual([
      `add rule ${T} masquerading mark and 0x4000 == 0 return`,
      `add rule ${T} masquerading mark set mark xor 0x4000`,
      `add rule ${T} masquerading masquerade fully-random`,
    ]);
    expect(got.rules['cluster-ips-check']).toEqual([
      `add rule ${T} cluster-ips-check ip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"`,
      `add rule ${T} cluster-ips-check ip daddr { 172.30.0.0/16 } drop comment "Drop traffic to unallocated ClusterIPs"`,
    ]);
    expect(got.others).toContain(`add element ${T} nodeport-ips { 192.168.0.2 }`);
  });

  it('svc1: masquerade off-cluster sources, numgen over one endpoint, DNAT in the endpoint chain', () => {
    expect(got.rules[svc1]).toEqual([
      `add rule ${T} ${svc1} ip daddr 172.30.0.41 ip saddr != 10.0.0.0/8 jump mark-for-masquerade`,
      `add rule ${T} ${svc1} numgen random mod 1 vmap { 0 : goto ${ep1} }`,
    ]);
    expect(got.rules[ep1]).toEqual([
      `add rule ${T} ${ep1} ip saddr 10.180.0.1 jump mark-for-masquerade`,
      `add rule ${T} ${ep1} meta l4proto tcp dnat to 10.180.0.1:80`,
    ]);
    expect(got.others).toEqual(
      expect.arrayContaining([
        `add element ${T} cluster-ips { 172.30.0.41 }`,
        `add element ${T} service-ips { 172.30.0.41 . tcp . 80 : goto ${svc1} }`,
      ]),
    );
  });

  it('svc2 (Local, no local endpoint): short-circuit rules only, and drop verdicts for external destinations', () => {
    const ext = 'external-42NFTM6N-ns2/svc2/tcp/p80';
    expect(got.rules[ext]).toEqual([
      `add rule ${T} ${ext} ip saddr 10.0.0.0/8 goto service-42NFTM6N-ns2/svc2/tcp/p80 comment "short-circuit pod traffic"`,
      `add rule ${T} ${ext} fib saddr type local jump mark-for-masquerade comment "masquerade local traffic"`,
      `add rule ${T} ${ext} fib saddr type local goto service-42NFTM6N-ns2/svc2/tcp/p80 comment "short-circuit local traffic"`,
    ]);
    expect(got.others).toEqual(
      expect.arrayContaining([
        `add element ${T} service-ips { 192.168.99.22 . tcp . 80 : goto ${ext} }`,
        `add element ${T} service-ips { 1.2.3.4 . tcp . 80 : goto ${ext} }`,
        `add element ${T} service-nodeports { tcp . 3001 : goto ${ext} }`,
        `add element ${T} no-endpoint-nodeports { tcp . 3001 comment "ns2/svc2:p80" : drop }`,
        `add element ${T} no-endpoint-services { 1.2.3.4 . tcp . 80 comment "ns2/svc2:p80" : drop }`,
        `add element ${T} no-endpoint-services { 192.168.99.22 . tcp . 80 comment "ns2/svc2:p80" : drop }`,
      ]),
    );
  });

  it('svc3 (NodePort, Cluster): external chain masquerades, then goes to the service chain', () => {
    const ext = 'external-4AT6LBPK-ns3/svc3/tcp/p80';
    expect(got.rules[ext]).toEqual([
      `add rule ${T} ${ext} jump mark-for-masquerade`,
      `add rule ${T} ${ext} goto service-4AT6LBPK-ns3/svc3/tcp/p80`,
    ]);
    expect(got.others).toContain(`add element ${T} service-nodeports { tcp . 3003 : goto ${ext} }`);
  });

  it('svc4: numgen random mod 2 over both endpoints', () => {
    expect(got.rules['service-LAUZTJTB-ns4/svc4/tcp/p80']?.[1]).toBe(
      `add rule ${T} service-LAUZTJTB-ns4/svc4/tcp/p80 numgen random mod 2 vmap { 0 : goto endpoint-UNZV3OEC-ns4/svc4/tcp/p80__10.180.0.4/80 , 1 : goto endpoint-5RFCDDV7-ns4/svc4/tcp/p80__10.180.0.5/80 }`,
    );
  });

  it('svc5: affinity set with timeout, affinity check before numgen, update in the endpoint chain, firewall chain', () => {
    const svc = 'service-HVFWP5L3-ns5/svc5/tcp/p80';
    const ep = 'endpoint-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80';
    const set = 'affinity-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80';
    expect(got.others).toContain(`add set ${T} ${set} { type ipv4_addr ; flags dynamic,timeout ; timeout 10800s ; }`);
    expect(got.rules[svc]).toEqual([
      `add rule ${T} ${svc} ip daddr 172.30.0.45 ip saddr != 10.0.0.0/8 jump mark-for-masquerade`,
      `add rule ${T} ${svc} ip saddr @${set} goto ${ep}`,
      `add rule ${T} ${svc} numgen random mod 1 vmap { 0 : goto ${ep} }`,
    ]);
    expect(got.rules[ep]).toEqual([
      `add rule ${T} ${ep} ip saddr 10.180.0.3 jump mark-for-masquerade`,
      `add rule ${T} ${ep} update @${set} { ip saddr }`,
      `add rule ${T} ${ep} meta l4proto tcp dnat to 10.180.0.3:80`,
    ]);
    expect(got.rules['firewall-HVFWP5L3-ns5/svc5/tcp/p80']).toEqual([
      `add rule ${T} firewall-HVFWP5L3-ns5/svc5/tcp/p80 ip saddr != { 203.0.113.0/25 } drop`,
    ]);
    expect(got.others).toContain(`add element ${T} firewall-ips { 5.6.7.8 . tcp . 80 : goto firewall-HVFWP5L3-ns5/svc5/tcp/p80 }`);
  });

  it('svc6 (no endpoints): a ClusterIP element and a reject verdict, no chains', () => {
    expect(got.others).toEqual(
      expect.arrayContaining([
        `add element ${T} cluster-ips { 172.30.0.46 }`,
        `add element ${T} no-endpoint-services { 172.30.0.46 . tcp . 80 comment "ns6/svc6:p80" : goto reject-chain }`,
      ]),
    );
    expect(text).not.toMatch(/add chain ip kube-proxy \S*ns6\/svc6/);
  });

  it('writes exactly the chains and elements of the upstream expectation, nothing more', () => {
    const chains = got.others
      .filter((l) => l.startsWith(`add chain ${T} `))
      .map((l) => l.split(' ')[4] ?? '')
      .filter((name) => name.includes('/'));
    expect(chains.sort()).toEqual(
      [
        'endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80',
        'endpoint-5RFCDDV7-ns4/svc4/tcp/p80__10.180.0.5/80',
        'endpoint-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80',
        'endpoint-SGOXE6O3-ns2/svc2/tcp/p80__10.180.0.2/80',
        'endpoint-UEIP74TE-ns3/svc3/tcp/p80__10.180.0.3/80',
        'endpoint-UNZV3OEC-ns4/svc4/tcp/p80__10.180.0.4/80',
        'external-42NFTM6N-ns2/svc2/tcp/p80',
        'external-4AT6LBPK-ns3/svc3/tcp/p80',
        'external-HVFWP5L3-ns5/svc5/tcp/p80',
        'external-LAUZTJTB-ns4/svc4/tcp/p80',
        'firewall-HVFWP5L3-ns5/svc5/tcp/p80',
        'service-42NFTM6N-ns2/svc2/tcp/p80',
        'service-4AT6LBPK-ns3/svc3/tcp/p80',
        'service-HVFWP5L3-ns5/svc5/tcp/p80',
        'service-LAUZTJTB-ns4/svc4/tcp/p80',
        'service-ULMVA6XW-ns1/svc1/tcp/p80',
      ].sort(),
    );
    expect(got.others.filter((l) => l.startsWith(`add element ${T} `))).toHaveLength(24);
  });
});

// TestExternalTrafficPolicyLocal-style (pkg/proxy/nftables/proxier_test.go): a local endpoint gets a local- chain.
describe('externalTrafficPolicy Local with a local endpoint', () => {
  it('falls through from external- to local-, which holds only the local endpoint', () => {
    const [ns2] = upstreamState.services.filter((s) => s.service.name === 'svc2');
    if (!ns2) throw new Error('fixture');
    const state = {
      services: [
        {
          service: ns2.service,
          endpoints: [...ns2.endpoints, { ...ns2.endpoints[0], ip: '10.180.0.9', nodeName: 'test-node' } as (typeof ns2.endpoints)[0]],
        },
      ],
    };
    const got = normalize(nftablesRules(state, upstreamConfig).text);
    const ext = 'external-42NFTM6N-ns2/svc2/tcp/p80';
    expect(got.rules[ext]?.at(-1)).toBe(`add rule ${T} ${ext} goto local-42NFTM6N-ns2/svc2/tcp/p80`);
    expect(got.rules['local-42NFTM6N-ns2/svc2/tcp/p80']).toEqual([
      `add rule ${T} local-42NFTM6N-ns2/svc2/tcp/p80 numgen random mod 1 vmap { 0 : goto endpoint-${endpointChainBase('ns2', 'svc2', 'tcp', 'p80', '10.180.0.9', 80)} }`,
    ]);
    expect(got.others.some((l) => l.startsWith(`add element ${T} no-endpoint`))).toBe(false);
  });
});
