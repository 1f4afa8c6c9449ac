import type { OutputRule } from '../../rule.ts';
import { serviceTable } from '../shared.ts';

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
