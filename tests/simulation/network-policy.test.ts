import { describe, expect, it } from 'vitest';
import { buildCluster, type SimPod } from '../../src/simulation/cluster.ts';
import { resourcesOf } from '../../src/simulation/load.ts';
import { evaluateConnection, policyMatrix } from '../../src/simulation/network-policy.ts';

/**
 * The model of the upstream NetworkPolicy e2e tests (test/e2e/network/netpol: model.go, network_policy.go):
 * namespaces x, y, z, each with Pods a, b, c labelled pod=<name>, serving TCP 80 and 81 on ports named
 * serve-80-tcp and serve-81-tcp (and UDP 53 for the DNS case). Each case states its policy and the reachability
 * the upstream test expects; `truth` lists the (from → to) pairs that connect, everything else must not.
 */
const NAMESPACES = ['x', 'y', 'z'];
const PODS = ['a', 'b', 'c'];

function model(policies: string, extraPods = ''): string {
  const docs: string[] = [];
  for (const ns of NAMESPACES) {
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata: { name: '${ns}', labels: { ns: '${ns}' } }`);
    for (const pod of PODS)
      docs.push(`apiVersion: v1
kind: Pod
metadata: { name: ${pod}, namespace: '${ns}', labels: { pod: ${pod} } }
spec:
  containers:
    - name: c
      image: agnhost:2.53
      ports:
        - { name: serve-80-tcp, containerPort: 80 }
        - { name: serve-81-tcp, containerPort: 81 }
        - { name: serve-53-udp, containerPort: 53, protocol: UDP }`);
  }
  return [...docs, policies, extraPods].filter(Boolean).join('\n---\n');
}

function reach(policies: string, port: number, protocol = 'TCP') {
  const cluster = buildCluster(resourcesOf([{ name: 'model.yaml', text: model(policies) }]), {
    nodes: [{ name: 'n1', ip: '192.168.0.2', podCidr: '10.1.0.0/24' }],
  });
  const id = (p: SimPod) => `${p.namespace}/${p.name}`;
  const allowed = new Set<string>();
  for (const from of cluster.pods)
    for (const to of cluster.pods)
      if (from !== to && evaluateConnection(cluster, { kind: 'pod', pod: from }, { kind: 'pod', pod: to }, port, protocol).allowed)
        allowed.add(`${id(from)}->${id(to)}`);
  return { cluster, allowed };
}

/** Every pair except self-connections, minus those `denied` says. */
function allPairsExcept(denied: (from: string, to: string) => boolean): Set<string> {
  const out = new Set<string>();
  const ids = NAMESPACES.flatMap((ns) => PODS.map((p) => `${ns}/${p}`));
  for (const from of ids) for (const to of ids) if (from !== to && !denied(from, to)) out.add(`${from}->${to}`);
  return out;
}

// Quoted: kubectl reads YAML 1.1, where a plain y is the boolean true (and the namespace y would vanish).
const policy = (name: string, namespace: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${name}, namespace: '${namespace}' }
spec: ${spec}`;

describe('NetworkPolicy truth tables restated from the upstream e2e (test/e2e/network/netpol/network_policy.go)', () => {
  it("no policy selects a Pod: everything is allowed (the 'no policies' baseline)", () => {
    expect(reach('', 80).allowed).toEqual(allPairsExcept(() => false));
  });

  it("should support a 'default-deny-ingress' policy: nothing reaches namespace x", () => {
    const { allowed } = reach(policy('deny-ingress', 'x', '{ podSelector: {}, ingress: [] }'), 80);
    expect(allowed).toEqual(allPairsExcept((_from, to) => to.startsWith('x/')));
  });

  it("should support a 'default-deny-all' policy: x neither sends nor receives", () => {
    const { allowed } = reach(policy('deny-all', 'x', '{ podSelector: {}, policyTypes: [Ingress, Egress] }'), 80);
    expect(allowed).toEqual(allPairsExcept((from, to) => from.startsWith('x/') || to.startsWith('x/')));
  });

  it('should enforce policy to allow traffic from pods within server namespace based on PodSelector', () => {
    const spec = '{ podSelector: { matchLabels: { pod: a } }, ingress: [{ from: [{ podSelector: { matchLabels: { pod: b } } }] }] }';
    const { allowed } = reach(policy('allow-x-b', 'x', spec), 80);
    expect(allowed).toEqual(allPairsExcept((from, to) => to === 'x/a' && from !== 'x/b'));
  });

  it('should enforce policy based on NamespaceSelector with MatchExpressions: only namespace y reaches x/a', () => {
    const spec = `{ podSelector: { matchLabels: { pod: a } }, ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: ns, operator: In, values: ['y'] }] } }] }] }`;
    const { allowed } = reach(policy('allow-ns-y', 'x', spec), 80);
    expect(allowed).toEqual(allPairsExcept((from, to) => to === 'x/a' && !from.startsWith('y/')));
  });

  it('should enforce policy based on PodSelector and NamespaceSelector: pod b of other namespaces reaches x/a', () => {
    const spec = `{ podSelector: { matchLabels: { pod: a } }, ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: ns, operator: NotIn, values: [x] }] }, podSelector: { matchLabels: { pod: b } } }] }] }`;
    const { allowed } = reach(policy('allow-b-elsewhere', 'x', spec), 80);
    expect(allowed).toEqual(allPairsExcept((from, to) => to === 'x/a' && !['y/b', 'z/b'].includes(from)));
  });

  it('podSelector and namespaceSelector in two peers are an OR, not an AND', () => {
    const spec = `{ podSelector: { matchLabels: { pod: a } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'y' } } }, { podSelector: { matchLabels: { pod: b } } }] }] }`;
    const { allowed } = reach(policy('or', 'x', spec), 80);
    expect(allowed).toEqual(allPairsExcept((from, to) => to === 'x/a' && !from.startsWith('y/') && from !== 'x/b'));
  });

  it('should allow ingress access on one named port: 81 by name is open, 80 is not', () => {
    const spec = '{ podSelector: {}, ingress: [{ ports: [{ port: serve-81-tcp }] }] }';
    expect(reach(policy('allow-81', 'x', spec), 81).allowed).toEqual(allPairsExcept(() => false));
    expect(reach(policy('allow-81', 'x', spec), 80).allowed).toEqual(allPairsExcept((_f, to) => to.startsWith('x/')));
  });

  it('should enforce policy to allow ingress traffic within a port range (endPort 80–81)', () => {
    const spec = '{ podSelector: {}, ingress: [{ ports: [{ port: 79, endPort: 81 }] }] }';
    expect(reach(policy('range', 'x', spec), 81).allowed).toEqual(allPairsExcept(() => false));
    const outside = '{ podSelector: {}, ingress: [{ ports: [{ port: 82, endPort: 90 }] }] }';
    expect(reach(policy('range', 'x', outside), 81).allowed).toEqual(allPairsExcept((_f, to) => to.startsWith('x/')));
  });

  it('should enforce except clause while egress access to server in CIDR block', () => {
    const first = reach('', 80);
    const xb = first.cluster.pods.find((p) => p.namespace === 'x' && p.name === 'b')?.ip;
    const spec = `{ podSelector: { matchLabels: { pod: a } }, policyTypes: [Egress], egress: [{ to: [{ ipBlock: { cidr: 10.1.0.0/24, except: [${xb}/32] } }] }] }`;
    const { allowed } = reach(policy('except-xb', 'x', spec), 80);
    expect(allowed).toEqual(allPairsExcept((from, to) => from === 'x/a' && to === 'x/b'));
  });

  it('should allow egress access to DNS only (port 53 UDP) under an egress default deny', () => {
    const spec = '{ podSelector: { matchLabels: { pod: a } }, policyTypes: [Egress], egress: [{ ports: [{ port: 53, protocol: UDP }] }] }';
    expect(reach(policy('dns-only', 'x', spec), 53, 'UDP').allowed).toEqual(allPairsExcept(() => false));
    expect(reach(policy('dns-only', 'x', spec), 80).allowed).toEqual(allPairsExcept((from) => from === 'x/a'));
  });

  it('should enforce multiple, stacked policies with overlapping podSelectors: policies add up', () => {
    const fromY = policy(
      'from-y',
      'x',
      `{ podSelector: { matchLabels: { pod: a } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'y' } } }] }] }`,
    );
    const fromZ = policy('from-z', 'x', '{ podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: z } } }] }] }');
    const { allowed } = reach(`${fromY}\n---\n${fromZ}`, 80);
    expect(allowed).toEqual(
      allPairsExcept((from, to) => to.startsWith('x/') && !from.startsWith('z/') && !(to === 'x/a' && from.startsWith('y/'))),
    );
  });
});

describe('verdict attribution', () => {
  it('names the policy and rule that allowed, or the policies that isolate', () => {
    const text = model(
      policy(
        'allow-x-b',
        'x',
        '{ podSelector: { matchLabels: { pod: a } }, ingress: [{ from: [{ podSelector: { matchLabels: { pod: b } } }] }] }',
      ),
    );
    const cluster = buildCluster(resourcesOf([{ name: 'm.yaml', text }]), {
      nodes: [{ name: 'n1', ip: '192.168.0.2', podCidr: '10.1.0.0/24' }],
    });
    const rows = policyMatrix(cluster).filter((r) => r.to === 'x/a' && r.port === 80);
    const fromB = rows.find((r) => r.from === 'x/b');
    expect(fromB?.verdict.ingress).toEqual({ allowed: true, reason: 'rule', policy: 'x/allow-x-b', rule: 'ingress[0]' });
    const fromC = rows.find((r) => r.from === 'x/c');
    expect(fromC?.verdict.ingress).toEqual({ allowed: false, reason: 'no-rule', isolatedBy: ['x/allow-x-b'] });
    const toB = policyMatrix(cluster).find((r) => r.to === 'x/b' && r.from === 'x/a' && r.port === 80);
    expect(toB?.verdict.ingress.reason).toBe('not-isolated');
  });

  it('an external client is matched only by ipBlock peers', () => {
    const spec = '{ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: 203.0.113.0/24, except: [203.0.113.128/25] } }] }] }';
    const cluster = buildCluster(resourcesOf([{ name: 'm.yaml', text: model(policy('ext', 'x', spec)) }]));
    const xa = cluster.pods.find((p) => p.namespace === 'x' && p.name === 'a') as SimPod;
    const verdict = (ip: string) => evaluateConnection(cluster, { kind: 'ip', ip, label: ip }, { kind: 'pod', pod: xa }, 80, 'TCP').allowed;
    expect([verdict('203.0.113.5'), verdict('203.0.113.200'), verdict('198.51.100.1')]).toEqual([true, false, false]);
  });
});
