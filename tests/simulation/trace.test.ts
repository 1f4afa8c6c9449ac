import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resourcesOf } from '../../src/simulation/load.ts';
import { simulate } from '../../src/simulation/simulate.ts';
import { TraceInputError, traceConnection } from '../../src/simulation/trace.ts';

// The Services page's cluster (the folder also holds later chapters' policies, which these cases do not assume).
const netdemo = [
  'namespace',
  'frontend-deployment',
  'frontend-service',
  'frontend-service-nodeport',
  'database-deployment',
  'database-service',
  'database-networkpolicy',
  'client-pod',
].map((n) => ({ name: `examples/netdemo/${n}.yaml`, text: readFileSync(`examples/netdemo/${n}.yaml`, 'utf8') }));
const sim = simulate(resourcesOf(netdemo));
const kinds = (t: ReturnType<typeof traceConnection>) => t.steps.map((s) => s.kind);

describe('packet trace over the netdemo example set', () => {
  it('Pod → Service short name: DNS via the namespace search domain, KUBE-SVC, no masquerade, two candidates at 1/2', () => {
    const t = traceConnection(sim, 'netdemo/client', 'frontend:8080');
    const frontend = sim.cluster.services.find((s) => s.name === 'frontend');
    expect(t.steps[0]?.text).toContain(`frontend.netdemo.svc.cluster.local`);
    expect(t.steps[0]?.text).toContain(`A ${frontend?.clusterIP}`);
    expect(kinds(t)).toEqual(['dns', 'send', 'match', 'snat', 'dnat', 'policy', 'deliver']);
    expect(t.steps.find((s) => s.kind === 'snat')?.text).toMatch(/^masquerade: no/);
    expect(t.candidates.map((c) => [c.share, c.rule])).toEqual([
      ['1/2', '--probability 0.5000000000'],
      ['1/2', 'last rule, always'],
    ]);
    expect(t.outcome).toBe('delivered');
  });

  it('the client is denied by database-allow-frontend; a frontend Pod is allowed by its ingress[0]', () => {
    const denied = traceConnection(sim, 'netdemo/client', 'database.netdemo.svc.cluster.local:5432');
    expect(denied.outcome).toBe('denied');
    expect(denied.candidates[0]?.policy?.ingress).toEqual({
      allowed: false,
      reason: 'no-rule',
      isolatedBy: ['netdemo/database-allow-frontend'],
    });
    const allowed = traceConnection(sim, 'netdemo/frontend', 'database:5432');
    expect(allowed.outcome).toBe('delivered');
    expect(allowed.candidates[0]?.policy?.ingress.policy).toBe('netdemo/database-allow-frontend');
  });

  it('external client → NodeIP:nodePort (externalTrafficPolicy Cluster): KUBE-NODEPORTS → KUBE-EXT, masqueraded', () => {
    const node2 = sim.cluster.nodes[1];
    const t = traceConnection(sim, 'external', `${node2?.ip}:30080`);
    expect(t.steps.find((s) => s.kind === 'match')?.text).toContain(
      'KUBE-NODEPORTS "netdemo/frontend-nodeport:http" --dport 30080 → KUBE-EXT-',
    );
    expect(t.steps.find((s) => s.kind === 'snat')?.text).toMatch(/^masquerade: yes — externalTrafficPolicy: Cluster/);
    expect(t.steps.find((s) => s.kind === 'send')?.text).toContain(`arrives at ${node2?.name}`);
  });

  it('a node name stands for its address', () => {
    const t = traceConnection(sim, 'external', 'node-2:30080');
    expect(t.steps.find((s) => s.kind === 'send')?.text).toContain(`to ${sim.cluster.nodes[1]?.ip}:30080`);
    expect(t.outcome).toBe('delivered');
  });

  it('a node → ClusterIP is masqueraded (source outside the cluster CIDR)', () => {
    const t = traceConnection(sim, 'node:node-1', 'frontend.netdemo:8080');
    expect(t.steps.find((s) => s.kind === 'snat')?.text).toContain('outside the cluster CIDR 10.42.0.0/16');
  });

  it('a port the Service does not expose: iptables lets it time out, nftables rejects it', () => {
    expect(traceConnection(sim, 'netdemo/client', 'frontend:9999', 'iptables').outcome).toBe('dropped');
    expect(traceConnection(sim, 'netdemo/client', 'frontend:9999', 'nftables').outcome).toBe('rejected');
  });

  it('a NodePort nobody owns is refused; a name nobody answers is NXDOMAIN; a ClusterIP is unreachable from outside', () => {
    expect(traceConnection(sim, 'external', `${sim.cluster.nodes[0]?.ip}:31999`).outcome).toBe('refused');
    const nx = traceConnection(sim, 'netdemo/client', 'nosuch:80');
    expect([nx.outcome, nx.steps[0]?.text]).toEqual(['unreachable', expect.stringContaining('NXDOMAIN')]);
    const frontend = sim.cluster.services.find((s) => s.name === 'frontend');
    expect(traceConnection(sim, 'external', `${frontend?.clusterIP}:8080`).outcome).toBe('unreachable');
  });

  it('rejects unknown sources with a message naming what exists', () => {
    expect(() => traceConnection(sim, 'netdemo/nobody', 'frontend:8080')).toThrow(TraceInputError);
    expect(() => traceConnection(sim, 'netdemo/nobody', 'frontend:8080')).toThrow(/netdemo\/client/);
  });
});

describe('traces that depend on Service settings', () => {
  const service = (spec: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: ns1 }
spec:
  replicas: 1
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { nodeName: node-2, containers: [{ name: c, image: nginx:1.29, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: ns1 }
spec: ${spec}`;
  const run = (spec: string, from: string, to: string) =>
    traceConnection(simulate(resourcesOf([{ name: 's.yaml', text: service(spec) }])), from, to);

  it('externalTrafficPolicy Local on a node without an endpoint drops; on the endpoint node it keeps the client address', () => {
    const spec = '{ type: NodePort, externalTrafficPolicy: Local, selector: { app: web }, ports: [{ port: 80, nodePort: 30001 }] }';
    expect(run(spec, 'external', '192.168.64.2:30001').outcome).toBe('dropped');
    const kept = run(spec, 'external', '192.168.64.3:30001');
    expect(kept.outcome).toBe('delivered');
    expect(kept.steps.find((s) => s.kind === 'snat')?.text).toMatch(/^masquerade: no — externalTrafficPolicy: Local/);
  });

  it('a Service whose selector matches nothing rejects at once (no endpoints → REJECT)', () => {
    const t = run('{ selector: { app: none }, ports: [{ port: 80 }] }', 'node:node-1', 'web.ns1:80');
    expect(t.outcome).toBe('rejected');
    expect(t.steps.at(-1)?.text).toContain('-j REJECT');
  });

  it('a LoadBalancer IP with source ranges drops clients outside them', () => {
    const spec = '{ type: LoadBalancer, loadBalancerSourceRanges: [198.51.100.0/24], selector: { app: web }, ports: [{ port: 80 }] }';
    const s = simulate(resourcesOf([{ name: 's.yaml', text: service(spec) }]));
    const lb = s.cluster.services[0]?.loadBalancerIPs[0];
    expect(traceConnection(s, 'external:198.51.100.7', `${lb}:80`).outcome).toBe('delivered');
    expect(traceConnection(s, 'external:203.0.113.7', `${lb}:80`).outcome).toBe('dropped');
  });
});

describe('LoadBalancer on the k3s model (ServiceLB publishes the node IPs)', () => {
  const mealie = ['mealie/namespace.yaml', 'mealie/deployment.yaml', 'mealie/service.yaml'].map((n) => ({
    name: `examples/${n}`,
    text: readFileSync(`examples/${n}`, 'utf8'),
  }));
  const s = simulate(resourcesOf(mealie));

  it("the Service's LoadBalancer IPs are the nodes' addresses, and kube-proxy captures them", () => {
    expect(s.cluster.services[0]?.loadBalancerIPs).toEqual(s.cluster.nodes.map((n) => n.ip));
    expect(s.iptables().nat).toContain(
      `--comment "mealie/mealie loadbalancer IP" -m tcp -p tcp -d ${s.cluster.nodes[0]?.ip} --dport 9000 -j KUBE-EXT-`,
    );
  });

  it('an external client on node-1:9000 is DNATed by kube-proxy, not by the svclb hostPort', () => {
    const t = traceConnection(s, 'external', 'node-1:9000');
    expect(t.outcome).toBe('delivered');
    expect(t.steps.map((x) => x.text).join('\n')).toContain("the svclb Pod's hostPort is not on this path");
    expect(t.steps.find((x) => x.kind === 'match' && x.text.startsWith('KUBE-SERVICES'))?.text).toContain(
      '"mealie/mealie loadbalancer IP"',
    );
  });
});

// The upstream e2e "should allow egress access to DNS" case, seen from a trace: an egress default deny that forgets
// DNS breaks every lookup before any connection starts; allowing UDP 53 to kube-dns restores it.
describe('egress policies and DNS', () => {
  const cluster = (policy: string) => `
apiVersion: v1
kind: Pod
metadata: { name: app, namespace: ns1, labels: { app: app } }
spec: { containers: [{ name: c, image: curl:8, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: app, namespace: ns1 }
spec: { selector: { app: app }, ports: [{ port: 80 }] }
---
${policy}`;
  const deny = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-egress, namespace: ns1 }
spec: { podSelector: {}, policyTypes: [Egress] }`;
  const dns = `${deny}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-dns, namespace: ns1 }
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{ namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: kube-system } }, podSelector: { matchLabels: { k8s-app: kube-dns } } }]
      ports: [{ port: 53, protocol: UDP }]`;
  const run = (policy: string, to: string) =>
    traceConnection(simulate(resourcesOf([{ name: 'p.yaml', text: cluster(policy) }])), 'ns1/app', to);

  it('an egress default deny without DNS: the lookup is denied', () => {
    const t = run(deny, 'app:80');
    expect(t.outcome).toBe('denied');
    expect(t.steps.at(-1)?.text).toContain('no rule allows UDP 53 to CoreDNS');
  });

  it('with DNS allowed the lookup works, and the connection is then denied by the same egress default deny', () => {
    const t = run(dns, 'app:80');
    expect(t.steps.some((s) => s.text.includes('the DNS query itself is denied'))).toBe(false);
    expect(t.outcome).toBe('denied');
    expect(t.candidates[0]?.policy?.egress).toEqual({
      allowed: false,
      reason: 'no-rule',
      isolatedBy: ['ns1/allow-dns', 'ns1/deny-egress'],
    });
  });

  it('a connection to an address outside the cluster is subject to egress too', () => {
    expect(run(deny, '198.51.100.7:443').outcome).toBe('denied');
    expect(run('', '198.51.100.7:443').outcome).toBe('external');
  });
});

describe('headless Service', () => {
  it('DNS answers with the Pod addresses and the connection goes to a Pod without NAT', () => {
    const yaml = `
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: ns1 }
spec:
  serviceName: db
  replicas: 2
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: c, image: postgres:17, ports: [{ containerPort: 5432 }] }] }
---
apiVersion: v1
kind: Service
metadata: { name: db, namespace: ns1 }
spec: { clusterIP: None, selector: { app: db }, ports: [{ port: 5432 }] }`;
    const s = simulate(resourcesOf([{ name: 'h.yaml', text: yaml }]));
    const t = traceConnection(s, 'node:node-1', 'db.ns1.svc.cluster.local:5432');
    const ips = s.cluster.pods.map((p) => p.ip);
    expect(t.steps[0]?.text).toContain(`headless Service: A ${ips[0]}, A ${ips[1]}`);
    expect(t.steps.find((x) => x.kind === 'match')?.text).toContain('unchanged (no NAT)');
    expect(t.outcome).toBe('delivered');
  });
});
