import { isHumanDuration } from '../../../output/human-duration.ts';
import type { OutputRule } from '../../rule.ts';
import { cellAt, serviceRows } from '../shared.ts';

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
