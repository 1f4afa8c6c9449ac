/**
 * `npm run simulate -- <files or folders…> [--mode iptables|nftables] [--trace FROM TO] [--format text|json]`:
 * what a cluster would do with the manifests — EndpointSlices, kube-proxy's rules, NetworkPolicy verdicts, and a
 * packet trace. The files are validated first; errors are printed like the validator's and nothing is simulated.
 * Exit code 0: simulated; 1: the manifests have errors; 2: usage error, unreadable path or an unknown trace end.
 */
import { parseArgs } from 'node:util';
import { ClusterPlanError } from '../simulation/cluster.ts';
import { formatAssumptions, formatPolicyMatrix, formatRules, formatSlices } from '../simulation/format.ts';
import { resourcesOf } from '../simulation/load.ts';
import { policyMatrix } from '../simulation/network-policy.ts';
import { simulate } from '../simulation/simulate.ts';
import { formatTrace, type Mode, TraceInputError, traceConnection } from '../simulation/trace.ts';
import { formatText, validateFiles } from '../validation/index.ts';
import { readPaths } from '../validation/read-files.ts';

const USAGE = `Usage: npm run simulate -- [options] <files or folders…>

Options:
  --mode <iptables|nftables>  kube-proxy mode for the rules and the trace (default iptables)
  --trace <FROM> <TO>         trace one connection: FROM is namespace/pod (or a workload), node:<name> or
                              external[:ip]; TO is ip:port, a Service DNS name[:port], or nodeIP:nodePort
  --node <name>               the node whose kube-proxy rules are shown (default node-1)
  --format <text|json>        output format (default text)
  -h, --help                  show this help
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`error: ${message}\n\n${USAGE}`);
  process.exit(code);
}

// --trace takes two values; parseArgs takes one, so the pair is lifted out first.
const argv = process.argv.slice(2);
let trace: [string, string] | undefined;
const traceAt = argv.indexOf('--trace');
if (traceAt >= 0) {
  const [from, to] = [argv[traceAt + 1], argv[traceAt + 2]];
  if (!from || !to || from.startsWith('--') || to.startsWith('--')) fail('--trace needs two values: FROM TO');
  trace = [from, to];
  argv.splice(traceAt, 3);
}

function parse() {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        mode: { type: 'string', default: 'iptables' },
        format: { type: 'string', default: 'text' },
        node: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
const { values, positionals } = parse();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail('no files or folders given');
if (values.mode !== 'iptables' && values.mode !== 'nftables') fail(`unknown mode "${values.mode}" (iptables or nftables)`);
if (values.format !== 'text' && values.format !== 'json') fail(`unknown format "${values.format}" (text or json)`);
const mode = values.mode as Mode;

const read = await readPaths(positionals);
for (const p of read.problems) process.stderr.write(`${p.file}:1:1: error ${p.ruleId}: ${Object.values(p.params).join(': ')}\n`);
if (read.problems.some((p) => p.ruleId === 'file/unreadable')) process.exit(2);
const report = await validateFiles(read.files, { mode: 'loose' });
const errors = report.problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  process.stderr.write(formatText({ ...report, problems: errors }));
  process.stderr.write('simulate: fix these errors first; nothing was simulated\n');
  process.exit(1);
}

try {
  const sim = simulate(resourcesOf(read.files), values.node ? { node: values.node } : {});
  if (values.format === 'json') {
    const out = trace
      ? { trace: traceConnection(sim, trace[0], trace[1], mode) }
      : {
          endpointSlices: sim.slices,
          notes: sim.notes,
          rules: mode === 'iptables' ? { mode, text: sim.iptables().text } : { mode, text: sim.nftables().text },
          networkPolicy: policyMatrix(sim.cluster),
        };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (trace) {
    process.stdout.write(`${formatTrace(traceConnection(sim, trace[0], trace[1], mode))}\n`);
  } else {
    const notes = sim.notes.map((n) => `# ${n.service}: ${n.message}`).join('\n');
    process.stdout.write(
      [
        formatAssumptions(sim),
        '## EndpointSlices',
        formatSlices(sim.slices) || '# none\n',
        notes ? `${notes}\n` : '',
        `## kube-proxy rules (${mode} mode, node ${sim.cluster.node.name})`,
        formatRules(sim, mode),
        '## NetworkPolicy verdicts',
        formatPolicyMatrix(sim),
      ]
        .filter((s) => s !== '')
        .join('\n'),
    );
  }
} catch (error) {
  if (error instanceof TraceInputError || error instanceof ClusterPlanError) fail(error.message);
  throw error;
}
