import type { OutputRule } from '../../rule.ts';
import { serviceRows } from '../shared.ts';

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
