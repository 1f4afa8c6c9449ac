import { readFileSync } from 'node:fs';
import { formatMatrix, formatRulesFor, formatSlices } from '../simulation/format.ts';
import { resourcesOf } from '../simulation/load.ts';
import { policyMatrix } from '../simulation/network-policy.ts';
import { type Simulation, simulate } from '../simulation/simulate.ts';
import { formatTrace, type Trace, traceConnection } from '../simulation/trace.ts';
import { EXAMPLES_DIR } from './example-files.ts';
import { ExampleError, type ExampleProblem, loadExample } from './load-example.ts';

/**
 * What a page's `<Computed>` block shows, computed at build time from example files the page names: the
 * EndpointSlices or kube-proxy's rules for one Service, the NetworkPolicy verdicts of the set, or a packet trace.
 * Anything that cannot be computed (a missing or invalid example, a Service that is not in the files, a trace whose
 * outcome is not the one the page states) throws an ExampleError naming the page, which fails the build.
 */

export type ComputedView = 'slices' | 'iptables' | 'nftables' | 'policy' | 'trace';

export interface ComputedRequest {
  /** Files inside examples/ that make up the simulated cluster. */
  examples: string[];
  show: ComputedView;
  /** `namespace/name` of the Service whose slices or rules are shown. */
  service?: string;
  from?: string;
  to?: string;
  mode?: 'iptables' | 'nftables';
  /** The outcome the page's prose relies on; the build fails when the trace ends otherwise. */
  expect?: Trace['outcome'];
}

export interface ComputedBlock {
  code: string;
  lang: string;
  title: string;
  /** Whether the block wraps its lines (traces are sentences; rules and tables keep their lines). */
  wrap: boolean;
  /** Lines the block takes on screen, wrapped ones counted at about 72 columns: sizes its off-screen placeholder. */
  lines: number;
}

/** Estimated rows of a wrapped block in the content column (about 72 monospace columns on a desktop). */
const WRAP_COLUMNS = 72;

function block(code: string, lang: string, title: string, wrap = false): ComputedBlock {
  const rows = code.trimEnd().split('\n');
  const lines = wrap ? rows.reduce((n, row) => n + Math.max(1, Math.ceil(row.length / WRAP_COLUMNS)), 0) : rows.length;
  return { code, lang, title, wrap, lines };
}

export function computeBlock(
  request: ComputedRequest,
  page: string,
  problems: readonly ExampleProblem[],
  root = EXAMPLES_DIR,
): ComputedBlock {
  const where = `<Computed show="${request.show}"> on page ${page}`;
  if (request.examples.length === 0) throw new ExampleError(`${where}: name the example files to compute from (examples={[…]})`);
  const files = request.examples.map((file) => {
    loadExample(file, { page, root, problems });
    return { name: `${root}/${file}`, text: readFileSync(`${root}/${file}`, 'utf8') };
  });
  const sim = simulate(resourcesOf(files));
  switch (request.show) {
    case 'slices': {
      const [namespace, name] = serviceOf(sim, request.service, where);
      const slices = sim.slices.filter(
        (s) => s.metadata.namespace === namespace && s.metadata.labels['kubernetes.io/service-name'] === name,
      );
      if (slices.length === 0) throw new ExampleError(`${where}: ${namespace}/${name} gets no EndpointSlice from these examples`);
      return block(formatSlices(slices), 'yaml', `EndpointSlice ${namespace}/${name}`);
    }
    case 'iptables':
    case 'nftables': {
      const [namespace, name] = serviceOf(sim, request.service, where);
      const code = formatRulesFor(sim, request.show, namespace, name);
      if (code.trim() === '') throw new ExampleError(`${where}: kube-proxy writes no ${request.show} rules for ${namespace}/${name}`);
      return block(code, 'text', request.show === 'iptables' ? `iptables-save (${namespace}/${name})` : `nft (${namespace}/${name})`);
    }
    case 'policy': {
      const rows = policyMatrix(sim.cluster);
      if (sim.cluster.policies.length === 0) throw new ExampleError(`${where}: these examples contain no NetworkPolicy`);
      return block(formatMatrix(rows, { byWorkload: true }), 'text', 'NetworkPolicy');
    }
    case 'trace': {
      if (!request.from || !request.to) throw new ExampleError(`${where}: a trace needs from and to`);
      let trace: Trace;
      try {
        trace = traceConnection(sim, request.from, request.to, request.mode ?? 'iptables');
      } catch (error) {
        throw new ExampleError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (request.expect && trace.outcome !== request.expect)
        throw new ExampleError(
          `${where}: the trace ${request.from} → ${request.to} ends "${trace.outcome}", the page expects "${request.expect}"`,
        );
      return block(formatTrace(trace), 'text', `trace ${request.from} → ${request.to}`, true);
    }
    default:
      throw new ExampleError(`${where}: unknown view (slices, iptables, nftables, policy or trace)`);
  }
}

function serviceOf(sim: Simulation, service: string | undefined, where: string): [string, string] {
  const [namespace, name] = (service ?? '').split('/');
  if (!namespace || !name) throw new ExampleError(`${where}: service must be namespace/name`);
  if (!sim.cluster.services.some((s) => s.namespace === namespace && s.name === name))
    throw new ExampleError(
      `${where}: no Service ${service} in these examples (${sim.cluster.services.map((s) => `${s.namespace}/${s.name}`).join(', ')})`,
    );
  return [namespace, name];
}
