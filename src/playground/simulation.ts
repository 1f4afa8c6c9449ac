import { formatMatrix, formatRulesFor, formatSlices } from '../simulation/format.ts';
import { resourcesOf } from '../simulation/load.ts';
import { policyMatrix } from '../simulation/network-policy.ts';
import { simulate } from '../simulation/simulate.ts';
import { formatTrace, type Mode, TraceInputError, traceConnection } from '../simulation/trace.ts';
import type { ExampleContext } from './engine.ts';

/**
 * The playground's simulation (in the worker, after validation): the reader's text stands in for its example file,
 * the rest of the published example set is the cluster around it. Shown are the EndpointSlices and kube-proxy's
 * rules (both modes) of the Services the text defines or feeds, the NetworkPolicy verdicts that involve its Pods or
 * policies, and a trace when the reader asks for one.
 */
export interface TraceRequest {
  from: string;
  to: string;
  mode: Mode;
}

export interface SimulationView {
  slices: string;
  iptables: string;
  nftables: string;
  policy: string;
  trace?: string;
  traceError?: string;
  notes: string[];
}

/**
 * Only a text with a kind the simulation reads is simulated (it parses the text a second time): a large ConfigMap
 * costs no extra time. A word-bounded match, so ServiceAccount is not a Service.
 */
const SIMULATED_KIND = /\bkind["']?\s*:\s*["']?(Service|Pod|Deployment|ReplicaSet|StatefulSet|DaemonSet|NetworkPolicy|Namespace|List)\b/;

export function hasSimulatedKind(text: string): boolean {
  return SIMULATED_KIND.test(text);
}

export function simulateInBrowser(text: string, file: string, context: ExampleContext, trace?: TraceRequest): SimulationView {
  const name = `examples/${file}`;
  const own = resourcesOf([{ name, text }]);
  const others = [...context].filter(([f]) => f !== file).flatMap(([, resources]) => resources);
  const sim = simulate([...own, ...others]);
  const mine = (source: { file: string }) => source.file === name;
  const ownPods = new Set(sim.cluster.pods.filter((p) => mine(p.source)).map((p) => `${p.namespace}/${p.name}`));
  const focus = sim.cluster.services.filter(
    (s) =>
      mine(s.source) ||
      sim.slices.some(
        (slice) =>
          slice.metadata.namespace === s.namespace &&
          slice.metadata.labels['kubernetes.io/service-name'] === s.name &&
          slice.endpoints.some((e) => ownPods.has(`${e.targetRef.namespace}/${e.targetRef.name}`)),
      ),
  );
  const slices = sim.slices.filter((slice) =>
    focus.some((s) => s.namespace === slice.metadata.namespace && s.name === slice.metadata.labels['kubernetes.io/service-name']),
  );
  const rules = (mode: Mode) =>
    focus
      .map((s) => formatRulesFor(sim, mode, s.namespace, s.name).trim())
      .filter(Boolean)
      .join('\n\n');
  const ownPolicies = new Set(sim.cluster.policies.filter(mine).map((p) => `${p.namespace ?? 'default'}/${p.name}`));
  const rows = policyMatrix(sim.cluster).filter(
    (r) =>
      ownPods.has(r.from) ||
      ownPods.has(r.to) ||
      [r.verdict.ingress, r.verdict.egress].some(
        (d) => (d.policy && ownPolicies.has(d.policy)) || d.isolatedBy?.some((p) => ownPolicies.has(p)),
      ),
  );
  const view: SimulationView = {
    slices: formatSlices(slices),
    iptables: rules('iptables'),
    nftables: rules('nftables'),
    policy: rows.length > 0 ? formatMatrix(rows) : '',
    notes: sim.notes.filter((n) => focus.some((s) => n.service === `${s.namespace}/${s.name}`)).map((n) => `${n.service}: ${n.message}`),
  };
  if (trace) {
    try {
      view.trace = formatTrace(traceConnection(sim, trace.from, trace.to, trace.mode));
    } catch (error) {
      if (!(error instanceof TraceInputError)) throw error;
      view.traceError = error.message;
    }
  }
  return view;
}
