import type { OutputRule } from '../../rule.ts';
import { serviceTable } from '../shared.ts';

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
