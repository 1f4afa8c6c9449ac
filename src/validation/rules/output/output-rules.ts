import { type KubectlCommand, kubectlOf } from '../../kubectl/kubectl-command.ts';
import { firstAddress, inCidr, parseIPv4 } from '../../output/cidr.ts';
import { type ExpectedOutput, parseTable, type Table, type TableCell } from '../../output/expected-output.ts';
import { isHumanDuration } from '../../output/human-duration.ts';
import { type ServiceVariant, serviceVariants } from '../../output/service-variants.ts';
import type { OutputRule, Report, RuleEnv } from '../rule.ts';

/**
 * Expected outputs (`<name>.out` beside `<name>.sh`). `kubectl get service(s)/svc` tables are parsed and compared with
 * the example set; `tree` listings are checked for shape; other outputs only need their command file.
 */

function kubectlOfOutput(output: ExpectedOutput, env: RuleEnv): KubectlCommand | undefined {
  return output.command ? kubectlOf(output.command, env.crds?.resourceTypes()) : undefined;
}

interface ServiceTable {
  table: Table;
  wide: boolean;
  expected: string[];
  kubectl: KubectlCommand;
}

const cache = new WeakMap<ExpectedOutput, ServiceTable | null>();

/** The table of a `kubectl get svc` output, with the columns that command prints. */
function serviceTable(output: ExpectedOutput, env: RuleEnv): ServiceTable | null {
  if (cache.has(output)) return cache.get(output)!;
  let result: ServiceTable | null = null;
  const kubectl = kubectlOfOutput(output, env);
  const type = kubectl?.positionals[0]?.text;
  if (kubectl && kubectl.path[0] === 'get' && type && ['svc', 'service', 'services'].includes(type)) {
    const table = parseTable(output.lines);
    const format = kubectl.flags.find((f) => f.spec.name === 'output')?.value;
    if (table && (format === undefined || format === 'wide')) {
      const wide = format === 'wide';
      const expected = [
        ...(kubectl.flags.some((f) => f.spec.name === 'all-namespaces' && f.value !== 'false') ? ['NAMESPACE'] : []),
        'NAME',
        'TYPE',
        'CLUSTER-IP',
        'EXTERNAL-IP',
        'PORT(S)',
        'AGE',
        ...(wide ? ['SELECTOR'] : []),
        ...(kubectl.flags.some((f) => f.spec.name === 'show-labels' && f.value !== 'false') ? ['LABELS'] : []),
      ];
      result = { table, wide, expected, kubectl };
    }
  }
  cache.set(output, result);
  return result;
}

interface ServiceRow {
  line: number;
  /** The row's cell under `column` (undefined for a column this command does not print). */
  cell(column: string): TableCell | undefined;
  /** The row's NAMESPACE, else the command's --namespace, else default. */
  namespace: string;
}

/** The rows of a `kubectl get svc` output that have every column (none for other outputs). */
function serviceRows(output: ExpectedOutput, env: RuleEnv): ServiceRow[] {
  const st = serviceTable(output, env);
  if (!st) return [];
  return st.table.rows
    .filter((row) => row.cells.length === st.expected.length)
    .map((row) => {
      const cell = (column: string) => {
        const index = st.expected.indexOf(column);
        return index >= 0 ? row.cells[index] : undefined;
      };
      return { line: row.line, cell, namespace: cell('NAMESPACE')?.text ?? st.kubectl.namespace ?? 'default' };
    });
}

/** Where a cell of a row is, for a report. */
function cellAt(output: ExpectedOutput, row: ServiceRow, cell: TableCell) {
  return output.at(row.line, cell.column, cell.column + cell.text.length);
}

export const orphan: OutputRule = {
  id: 'output/orphan',
  level: 'cross-file',
  target: 'output',
  description: 'An expected output `<name>.out` needs the command file `<name>.sh` beside it.',
  check(output, report) {
    if (output.commandFile === undefined) report({ at: output.at(1), params: { file: output.file.replace(/\.out$/, '.sh') } });
  },
};

export const columns: OutputRule = {
  id: 'output/columns',
  level: 'cross-file',
  target: 'output',
  description: 'The header of a `kubectl get svc` output must be the columns kubectl prints for those flags (SELECTOR only with -o wide).',
  check(output, report, env) {
    const st = serviceTable(output, env);
    if (!st) return;
    const found = st.table.header.map((c) => c.text).join(' ');
    if (found !== st.expected.join(' ')) {
      const first = st.table.header[0]!;
      report({
        at: output.at(1, first.column),
        params: { expected: st.expected.join(' '), found },
        expected: st.expected.join(' '),
        found,
      });
    }
  },
};

export const tableRow: OutputRule = {
  id: 'output/table',
  level: 'cross-file',
  target: 'output',
  description: 'Every row of a `kubectl get svc` table has one value per column.',
  check(output, report, env) {
    const st = serviceTable(output, env);
    if (!st) return;
    for (const row of st.table.rows) {
      if (row.cells.length !== st.expected.length)
        report({
          at: output.at(row.line, 1),
          params: { expected: st.expected.length, found: row.cells.length },
          expected: String(st.expected.length),
          found: String(row.cells.length),
        });
    }
  },
};

/** The `kubernetes` Service every cluster has: ClusterIP, 443/TCP, the first address of the Service CIDR. */
function builtInVariant(): ServiceVariant {
  return {
    name: 'kubernetes',
    namespace: 'default',
    type: 'ClusterIP',
    ports: [{ port: 443, protocol: 'TCP' }],
    selector: '<none>',
    source: '(built in)',
  };
}

function portsMatch(text: string, variant: ServiceVariant): boolean {
  const entries = text.split(',');
  if (variant.ports.length > 0 && entries.length !== variant.ports.length) return false;
  return entries.every((entry) => {
    const m = /^(\d+)(?::(\d+))?\/(TCP|UDP|SCTP)$/.exec(entry);
    if (!m) return false;
    const port = Number(m[1]);
    const nodePort = m[2] === undefined ? undefined : Number(m[2]);
    const wantsNodePort = variant.type === 'NodePort' || variant.type === 'LoadBalancer';
    if (wantsNodePort !== (nodePort !== undefined)) return false;
    if (variant.ports.length === 0) return true;
    return variant.ports.some((p) => p.port === port && p.protocol === m[3] && (p.nodePort === undefined || p.nodePort === nodePort));
  });
}

export const service: OutputRule = {
  id: 'output/service',
  level: 'cross-file',
  target: 'output',
  description:
    'Each row of a `kubectl get svc` output names a Service of the example set (or the built-in `kubernetes`), and its TYPE, PORT(S), EXTERNAL-IP and SELECTOR agree with a variant of it.',
  check(output, report: Report, env: RuleEnv) {
    const rows = serviceRows(output, env);
    if (rows.length === 0) return;
    const variants = [...serviceVariants(env.set), builtInVariant()];
    for (const row of rows) {
      const name = row.cell('NAME')!;
      const ns = row.namespace;
      const candidates = variants.filter((v) => v.name === name.text && v.namespace === ns);
      if (candidates.length === 0) {
        report({
          at: cellAt(output, row, name),
          messageId: 'output/service.unknown',
          params: { name: name.text, namespace: ns },
          found: name.text,
        });
        continue;
      }
      const type = row.cell('TYPE')!;
      const sameType = candidates.filter((v) => v.type === type.text);
      if (sameType.length === 0) {
        const types = [...new Set(candidates.map((v) => v.type))].join(', ');
        report({
          at: cellAt(output, row, type),
          messageId: 'output/service.type',
          params: { name: name.text, found: type.text, expected: types },
          expected: types,
          found: type.text,
        });
        continue;
      }
      const ports = row.cell('PORT(S)')!;
      if (!sameType.some((v) => portsMatch(ports.text, v))) {
        const expected = sameType
          .map((v) => v.ports.map((p) => `${p.port}${v.type === 'ClusterIP' ? '' : ':<nodePort>'}/${p.protocol}`).join(','))
          .join(' or ');
        report({
          at: cellAt(output, row, ports),
          messageId: 'output/service.ports',
          params: { name: name.text, found: ports.text, expected },
          expected,
          found: ports.text,
        });
      }
      const external = row.cell('EXTERNAL-IP')!;
      const externalOk =
        type.text === 'LoadBalancer'
          ? external.text === '<pending>' || external.text.split(',').every((ip) => parseIPv4(ip) !== null)
          : external.text === '<none>' || external.text.split(',').every((ip) => parseIPv4(ip) !== null);
      if (!externalOk)
        report({
          at: cellAt(output, row, external),
          messageId: 'output/service.external-ip',
          params: { name: name.text, found: external.text },
          expected: type.text === 'LoadBalancer' ? 'an IP or <pending>' : '<none>',
          found: external.text,
        });
      const selector = row.cell('SELECTOR');
      if (selector && !sameType.some((v) => v.selector === selector.text)) {
        const expected = [...new Set(sameType.map((v) => v.selector))].join(' or ');
        report({
          at: cellAt(output, row, selector),
          messageId: 'output/service.selector',
          params: { name: name.text, found: selector.text, expected },
          expected,
          found: selector.text,
        });
      }
    }
  },
};

export const clusterIp: OutputRule = {
  id: 'output/cluster-ip',
  level: 'cross-file',
  target: 'output',
  description:
    'CLUSTER-IP is inside one Service CIDR for the whole table (k3s 10.43.0.0/16 or kind/kubeadm 10.96.0.0/12), `None` for headless; the `kubernetes` Service has its first address.',
  check(output, report, env) {
    const rows = serviceRows(output, env).filter((row) => row.cell('CLUSTER-IP')!.text !== 'None');
    // The table's CIDR is the one of the first address inside a known CIDR, so one stray address is one problem, not
    // a problem on every row.
    const ips = rows.map((row) => row.cell('CLUSTER-IP')!.text).filter((ip) => parseIPv4(ip) !== null);
    const cidr = ips.map((ip) => env.set.serviceCidrs.find((c) => inCidr(ip, c))).find((c) => c !== undefined);
    const cidrs = env.set.serviceCidrs.join(' or ');
    for (const row of rows) {
      const ip = row.cell('CLUSTER-IP')!;
      const name = row.cell('NAME')!.text;
      const at = cellAt(output, row, ip);
      if (!cidr || !inCidr(ip.text, cidr))
        report({ at, params: { ip: ip.text, cidr: cidr ?? cidrs }, expected: cidr ?? cidrs, found: ip.text });
      else if (name === 'kubernetes' && ip.text !== firstAddress(cidr))
        report({
          at,
          messageId: 'output/cluster-ip.kubernetes',
          params: { ip: ip.text, expected: firstAddress(cidr) },
          expected: firstAddress(cidr),
          found: ip.text,
        });
    }
  },
};

export const nodePort: OutputRule = {
  id: 'output/node-port',
  level: 'cross-file',
  target: 'output',
  description: 'A NodePort shown in PORT(S) (`8080:31073/TCP`) is in 30000–32767.',
  check(output, report, env) {
    for (const row of serviceRows(output, env)) {
      const ports = row.cell('PORT(S)')!;
      for (const m of ports.text.matchAll(/\d+:(\d+)\//g)) {
        const value = Number(m[1]);
        if (value < 30000 || value > 32767) {
          const column = ports.column + m.index + m[0].indexOf(':') + 1;
          report({
            at: output.at(row.line, column, column + m[1]!.length),
            params: { value },
            expected: '30000-32767',
            found: String(value),
          });
        }
      }
    }
  },
};

export const age: OutputRule = {
  id: 'output/age',
  level: 'cross-file',
  target: 'output',
  description: 'AGE is a duration as kubectl prints it (`114s`, `2m56s`, `15m`, `12d`); a bare number such as `12` is truncated.',
  check(output, report, env) {
    for (const row of serviceRows(output, env)) {
      const value = row.cell('AGE')!;
      if (!isHumanDuration(value.text))
        report({
          at: cellAt(output, row, value),
          params: { value: value.text },
          expected: 'e.g. 114s, 2m56s, 15m, 12d',
          found: value.text,
        });
    }
  },
};

/** The program that really prints the output: `sudo ls`, `rdctl shell ls`, `docker exec node ls` → `ls`. */
function effectiveCommand(output: ExpectedOutput): { program: string; args: string[] } | undefined {
  const command = output.command;
  if (!command) return undefined;
  let words = [command.program.text, ...command.args.map((a) => a.text)];
  for (;;) {
    if (words[0] === 'sudo') words = words.slice(1);
    else if (words[0] === 'rdctl' && words[1] === 'shell') words = words.slice(2);
    else if ((words[0] === 'docker' || words[0] === 'podman') && words[1] === 'exec') {
      let i = 2;
      while (words[i]?.startsWith('-')) i++;
      words = words.slice(i + 1); // the container name, then its command
    } else break;
  }
  return words[0] ? { program: words[0], args: words.slice(1) } : undefined;
}

/**
 * Directory listings: `tree` (one root line, then ├── / └── entries under │ / space indentation, and a summary that
 * adds up) and `ls -R` (blocks `dir:` + entries; the first block is the listed path, every other block a
 * subdirectory listed in its parent's block).
 */
export const listing: OutputRule = {
  id: 'output/listing',
  level: 'cross-file',
  target: 'output',
  description:
    'The output of `tree` or `ls -R` (also through sudo, rdctl shell, docker exec) is a well-formed listing of the path the command names.',
  check(output, report) {
    const command = effectiveCommand(output);
    if (!command) return;
    if (command.program === 'tree') checkTree(output, report);
    else if (command.program === 'ls' && command.args.some((a) => /^-[a-zA-Z]*R/.test(a))) {
      const path = command.args.find((a) => !a.startsWith('-'));
      checkLsRecursive(output, report, path?.replace(/(.)\/+$/, '$1'));
    }
  },
};

function checkTree(output: ExpectedOutput, report: Report) {
  const entries: { depth: number }[] = [];
  // After a line that is not an entry the count is unknown, so the summary is not checked (one mistake, one problem).
  let unreadable = false;
  output.lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const summary = /^(\d+) director(?:y|ies)(?:, (\d+) files?)?$/.exec(line);
    if (summary) {
      // tree does not count the root; a directory is an entry with deeper entries right after it.
      let dirs = 0;
      for (let i = 0; i < entries.length; i++) if (entries[i + 1] && entries[i + 1]!.depth > entries[i]!.depth) dirs++;
      const files = entries.length - dirs;
      const expected = `${dirs} ${dirs === 1 ? 'directory' : 'directories'}, ${files} ${files === 1 ? 'file' : 'files'}`;
      if (!unreadable && (Number(summary[1]) !== dirs || Number(summary[2] ?? 0) !== files))
        report({ at: output.at(index + 1), messageId: 'output/listing.summary', params: { expected, found: line }, expected, found: line });
      return;
    }
    const m = /^((?:│ {3}| {4}|│\u00a0\u00a0 )*)(├── |└── )\S/.exec(line);
    if (!m) {
      unreadable = true;
      report({ at: output.at(index + 1), params: { line }, found: line });
      return;
    }
    entries.push({ depth: m[1]!.length / 4 });
  });
}

function checkLsRecursive(output: ExpectedOutput, report: Report, path: string | undefined) {
  const blocks: { dir: string; line: number; entries: string[] }[] = [];
  let current: (typeof blocks)[number] | undefined;
  output.lines.forEach((line, index) => {
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (line.endsWith(':') && current === undefined) {
      current = { dir: line.slice(0, -1), line: index + 1, entries: [] };
      blocks.push(current);
      return;
    }
    if (!current) {
      report({ at: output.at(index + 1), params: { line }, found: line });
      return;
    }
    current.entries.push(...line.split(/\s+/).filter(Boolean));
  });
  blocks.forEach((block, index) => {
    if (index === 0) {
      if (path !== undefined && block.dir !== path && block.dir !== '.')
        report({
          at: output.at(block.line),
          messageId: 'output/listing.root',
          params: { expected: `${path}:`, found: `${block.dir}:` },
          expected: `${path}:`,
          found: `${block.dir}:`,
        });
      return;
    }
    const parent = blocks.find(
      (b) =>
        `${b.dir}/${block.dir.slice(b.dir.length + 1)}` === block.dir &&
        b.entries.includes(block.dir.slice(b.dir.length + 1)) &&
        block.dir.startsWith(`${b.dir}/`),
    );
    if (!parent)
      report({ at: output.at(block.line), messageId: 'output/listing.orphan', params: { dir: block.dir }, found: `${block.dir}:` });
  });
}
