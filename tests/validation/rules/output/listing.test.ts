import { output } from '../../support/output-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

const LS = '/etc/cni:\nnet.d\n\n/etc/cni/net.d:\n10-flannel.conflist\n';
const TREE = '/etc/cni/\n└── net.d\n    └── 10-flannel.conflist\n\n1 directory, 1 file\n';
testRule({
  rule: 'output/listing',
  accept: [
    output(LS, 'rdctl shell ls -R /etc/cni\n'),
    output(LS, 'sudo ls -R /etc/cni/\n'),
    output(TREE, 'tree /etc/cni/\n'),
    output('10-kindnet.conflist\n', 'docker exec kind-control-plane ls /etc/cni/net.d\n', { description: 'a plain ls is not checked' }),
  ],
  reject: [
    { ...output(LS, 'ls -R /etc/cni/net.d\n'), line: 1, column: 1, messageId: 'output/listing.root' },
    { ...output(LS.replace('net.d\n\n', 'netd\n\n'), 'ls -R /etc/cni\n'), line: 4, column: 1, messageId: 'output/listing.orphan' },
    { ...output(TREE.replace('└── net.d', '+-- net.d'), 'tree /etc/cni/\n'), line: 2, column: 1, messageId: 'output/listing' },
    { ...output(TREE.replace('1 file', '2 files'), 'tree /etc/cni/\n'), line: 5, column: 1, messageId: 'output/listing.summary' },
  ],
});
