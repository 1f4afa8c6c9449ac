import { at } from '../../support/manifests.ts';
import { GET, KUBE, KUBE_TABLE, output, TABLE } from '../../support/output-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

testRule({
  rule: 'output/cluster-ip',
  accept: [
    output(TABLE),
    output(KUBE_TABLE, KUBE),
    output(TABLE.replace(/10\.43\./g, '10.96.'), GET, { description: 'the kind/kubeadm CIDR' }),
  ],
  reject: [
    { ...output(TABLE.replace('10.43.216.139', '10.42.216.139')), ...at(TABLE, '10.43.216.139'), message: '10.43.0.0/16' },
    {
      ...output(KUBE_TABLE.replace('10.43.0.1 ', '10.43.0.10'), KUBE),
      ...at(KUBE_TABLE, '10.43.0.1'),
      messageId: 'output/cluster-ip.kubernetes',
    },
    { ...output(TABLE.replace('10.43.88.201 ', '10.96.88.201 ')), ...at(TABLE, '10.43.88.201'), description: 'two CIDRs in one table' },
  ],
});
