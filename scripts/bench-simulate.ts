/**
 * `npm run bench:simulate`: the simulation at scale, reported, never asserted.
 * - 1,000 Services × 10 endpoints (1,000 Deployments of 10 replicas): parse, EndpointSlices, iptables rules,
 *   nftables rules, with the number of rules written
 * - a NetworkPolicy matrix over 100 Pods (10 namespaces × 10 Pods, one port each, a default deny and an allow
 *   rule per namespace): 9,900 verdicts
 * Each figure is the median of five runs in this process (after one warm-up run).
 */
import { buildCluster } from '../src/simulation/cluster.ts';
import { resourcesOf } from '../src/simulation/load.ts';
import { policyMatrix } from '../src/simulation/network-policy.ts';
import { simulate } from '../src/simulation/simulate.ts';

const nodes = Array.from({ length: 4 }, (_, i) => ({ name: `node-${i + 1}`, ip: `192.168.64.${i + 2}`, podCidr: `10.42.${i * 64}.0/18` }));

function servicesYaml(count: number, replicas: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: { name: app-${i}, namespace: bench }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: app-${i} } }
  template:
    metadata: { labels: { app: app-${i} } }
    spec: { containers: [{ name: c, image: nginx:1.29, ports: [{ name: http, containerPort: 8080 }] }] }`);
    docs.push(`apiVersion: v1
kind: Service
metadata: { name: app-${i}, namespace: bench }
spec: { selector: { app: app-${i} }, ports: [{ name: http, port: 80, targetPort: http }] }`);
  }
  return docs.join('\n---\n');
}

function policyYaml(namespaces: number, podsPer: number): string {
  const docs: string[] = [];
  for (let n = 0; n < namespaces; n++) {
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata: { name: ns-${n}, labels: { team: t${n % 3} } }`);
    for (let p = 0; p < podsPer; p++)
      docs.push(`apiVersion: v1
kind: Pod
metadata: { name: pod-${p}, namespace: ns-${n}, labels: { role: r${p % 4} } }
spec: { containers: [{ name: c, image: nginx:1.29, ports: [{ name: http, containerPort: 8080 }] }] }`);
    docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny, namespace: ns-${n} }
spec: { podSelector: {}, policyTypes: [Ingress] }`);
    docs.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow, namespace: ns-${n} }
spec:
  podSelector: { matchLabels: { role: r0 } }
  ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: t0 } }, podSelector: { matchExpressions: [{ key: role, operator: In, values: [r1, r2] }] } }], ports: [{ port: http }] }]`);
  }
  return docs.join('\n---\n');
}

function time<T>(run: () => T): { ms: number; value: T } {
  run();
  const samples: number[] = [];
  let value = run();
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    value = run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[2] ?? 0, value };
}

const text = servicesYaml(1000, 10);
const parse = time(() => resourcesOf([{ name: 'bench.yaml', text }]));
const sim = time(() => simulate(parse.value, { nodes }));
const slices = sim.value.slices.length;
const endpoints = sim.value.slices.reduce((n, s) => n + s.endpoints.length, 0);
const ipt = time(() => simulate(parse.value, { nodes }).iptables());
const nft = time(() => simulate(parse.value, { nodes }).nftables());
const iptRules = ipt.value.text.split('\n').filter((l) => l.startsWith('-A ')).length;
const nftRules = nft.value.text.split('\n').filter((l) => l.startsWith('add rule ') || l.startsWith('add element ')).length;

const policyResources = resourcesOf([{ name: 'policies.yaml', text: policyYaml(10, 10) }]);
const matrix = time(() => policyMatrix(buildCluster(policyResources, { nodes })));
const allowed = matrix.value.filter((r) => r.verdict.allowed).length;

const rows: [string, string][] = [
  ['Parse 2,000 manifests (1,000 Deployments + 1,000 Services)', `${parse.ms.toFixed(0)} ms`],
  [`Pods, EndpointSlices and kube-proxy's model (${slices} slices, ${endpoints} endpoints)`, `${sim.ms.toFixed(0)} ms`],
  [`iptables rules, 1,000 Services × 10 endpoints (${iptRules} rules)`, `${ipt.ms.toFixed(0)} ms (including the model)`],
  [`nftables rules, 1,000 Services × 10 endpoints (${nftRules} rules and elements)`, `${nft.ms.toFixed(0)} ms (including the model)`],
  [`NetworkPolicy matrix, 100 Pods (${matrix.value.length} verdicts, ${allowed} allowed)`, `${matrix.ms.toFixed(0)} ms`],
];
console.log(`| Simulation (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, median of 5) | Time |\n| --- | --- |`);
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
