import { type KubectlCommand, kubectlOf } from '../../kubectl/kubectl-command.ts';
import { type ExpectedOutput, parseTable, type Table, type TableCell } from '../../output/expected-output.ts';
import type { RuleEnv } from '../rule.ts';

/**
 * What the output/* rules share: the table of a `kubectl get service(s)/svc` output (parsed once per output), with the
 * columns that command prints, and its rows by column name. Other outputs have no service table.
 */

function kubectlOfOutput(output: ExpectedOutput, env: RuleEnv): KubectlCommand | undefined {
  return output.command ? kubectlOf(output.command, env.crds?.resourceTypes()) : undefined;
}

export interface ServiceTable {
  table: Table;
  wide: boolean;
  expected: string[];
  kubectl: KubectlCommand;
}

const cache = new WeakMap<ExpectedOutput, ServiceTable | null>();

/** The table of a `kubectl get svc` output, with the columns that command prints. */
export function serviceTable(output: ExpectedOutput, env: RuleEnv): ServiceTable | null {
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

export interface ServiceRow {
  line: number;
  /** The row's cell under `column` (undefined for a column this command does not print). */
  cell(column: string): TableCell | undefined;
  /** The row's NAMESPACE, else the command's --namespace, else default. */
  namespace: string;
}

/** The rows of a `kubectl get svc` output that have every column (none for other outputs). */
export function serviceRows(output: ExpectedOutput, env: RuleEnv): ServiceRow[] {
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
export function cellAt(output: ExpectedOutput, row: ServiceRow, cell: TableCell) {
  return output.at(row.line, cell.column, cell.column + cell.text.length);
}
