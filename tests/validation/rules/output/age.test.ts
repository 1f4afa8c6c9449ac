import { at } from '../../support/manifests.ts';
import { GET, KUBE, KUBE_TABLE, output, TABLE } from '../../support/output-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/age',
  accept: [
    output(TABLE),
    output(KUBE_TABLE, KUBE),
    output(TABLE.replace('2m56s', '3y45d').replace('114s', '30h  '), GET, { description: 'years+days and hours' }),
  ],
  reject: [
    {
      ...output(KUBE_TABLE.replace('12d', '12 '), KUBE),
      ...at(KUBE_TABLE, '12d'),
      message: '"12"',
      description: "the note's truncated 12",
    },
    { ...output(TABLE.replace('114s', '150s')), ...at(TABLE, '114s'), description: '150s is printed as 2m30s' },
    { ...output(TABLE.replace('2m56s', '2m60s')), ...at(TABLE, '2m56s') },
  ],
});
