import { stringify } from 'yaml';
import type { EndpointSlice } from './endpointslices.ts';
import { type MatrixRow, policyMatrix } from './network-policy.ts';
import type { Simulation } from './simulate.ts';
import type { Mode } from './trace.ts';

/** Plain-text views of a simulation, shared by the CLI and the pages' computed blocks. */

export function formatSlices(slices: EndpointSlice[]): string {
  return slices.map((s) => stringify(s, { lineWidth: 0 })).join('---\n');
}

export function formatRules(sim: Simulation, mode: Mode): string {
  return mode === 'iptables' ? sim.iptables().text : sim.nftables().text;
}

/** Only the rules that mention one Service (its chains, its map elements), for a page that explains that Service. */
export function formatRulesFor(sim: Simulation, mode: Mode, namespace: string, name: string): string {
  const text = formatRules(sim, mode);
  const ports = sim.proxy.services.filter((s) => s.service.namespace === namespace && s.service.name === name);
  const names = ports.map((p) => `${namespace}/${name}${p.service.portName ? `:${p.service.portName}` : ''}`);
  if (mode === 'iptables') {
    const chains = new Set<string>();
    for (const spn of names) {
      const c = sim.iptables().chains.get(spn);
      if (!c) continue;
      for (const chain of [c.svc, c.svl, c.ext, c.fw, ...c.seps.values()]) chains.add(chain);
    }
    const lines: string[] = [];
    let table = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('*')) table = line;
      const chain = line.match(/^-A (\S+)/)?.[1];
      const mentions = [...chains].some((c) => line.includes(c)) || names.some((n) => line.includes(`--comment "${n} `));
      if ((chain && chains.has(chain)) || mentions) {
        if (table) lines.push(table);
        table = '';
        lines.push(line);
      }
    }
    return lines.length > 0 ? `# the rules for ${namespace}/${name} only (an excerpt of iptables-save)\n${lines.join('\n')}\n` : '';
  }
  const needle = `-${namespace}/${name}/`;
  const ips = ports.map((p) => `{ ${p.service.clusterIP} }`);
  const lines = text
    .split('\n')
    .filter((l) => l.includes(needle) || ips.some((ip) => l.endsWith(ip)) || names.some((n) => l.includes(`comment "${n}"`)));
  return lines.length > 0 ? `# the rules for ${namespace}/${name} only (an excerpt of the kube-proxy table)\n${lines.join('\n')}\n` : '';
}

/**
 * The verdict table. `byWorkload` folds the replicas of one workload into one row (`netdemo/frontend ×2`) when
 * every Pod pair of the two workloads gets the same verdict for the same reason; otherwise the Pods keep their rows.
 */
export function formatMatrix(rows: MatrixRow[], options: { byWorkload?: boolean } = {}): string {
  const decided = (r: MatrixRow) => {
    const parts: string[] = [];
    for (const [name, d] of [
      ['egress', r.verdict.egress],
      ['ingress', r.verdict.ingress],
    ] as const) {
      if (d.reason === 'rule') parts.push(`${name}: ${d.policy} ${d.rule}`);
      if (d.reason === 'no-rule') parts.push(`${name}: isolated by ${d.isolatedBy?.join(', ')}, no rule allows`);
    }
    return parts.join('; ') || 'no policy selects either Pod';
  };
  const cells = (r: MatrixRow, from = r.from, to = r.to) => [
    from,
    to,
    `${r.port}/${r.protocol}`,
    r.verdict.allowed ? 'allowed' : 'denied',
    decided(r),
  ];
  let body = rows.map((r) => cells(r));
  if (options.byWorkload) {
    const groups = new Map<string, MatrixRow[]>();
    for (const r of rows) {
      const key = `${r.fromOwner}|${r.toOwner}|${r.port}/${r.protocol}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    body = [];
    for (const group of groups.values()) {
      const first = group[0] as MatrixRow;
      const same = group.every((r) => r.verdict.allowed === first.verdict.allowed && decided(r) === decided(first));
      if (!same) {
        body.push(...group.map((r) => cells(r)));
        continue;
      }
      const label = (owner: string, pods: Set<string>) => {
        const [ns, kind, name] = owner.split('/');
        return kind === 'Pod' ? `${ns}/${name}` : `${ns}/${name} (${kind}${pods.size > 1 ? `, ${pods.size} Pods` : ''})`;
      };
      body.push(
        cells(first, label(first.fromOwner, new Set(group.map((r) => r.from))), label(first.toOwner, new Set(group.map((r) => r.to)))),
      );
    }
  }
  const table = [['FROM', 'TO', 'PORT', 'VERDICT', 'DECIDED BY'], ...body];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? [];
  return `${table.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n')}\n`;
}

export function formatPolicyMatrix(sim: Simulation): string {
  return formatMatrix(policyMatrix(sim.cluster));
}

/** What the model chose for the reader (placeholders and the address plan), printed above computed output. */
export function formatAssumptions(sim: Simulation): string {
  const { cluster } = sim;
  const lines = [
    `# model: nodes ${cluster.nodes.map((n) => `${n.name} ${n.ip} podCIDR ${n.podCidr}`).join('; ')}; Service CIDR ${cluster.serviceCidr}; cluster CIDR ${cluster.clusterCidr}`,
    `# kube-proxy on ${cluster.node.name}; every Pod Ready unless marked otherwise; Pod names, ClusterIPs and NodePorts the manifests leave open are stable placeholders`,
  ];
  return `${lines.join('\n')}\n`;
}
