import { at, change, DEPLOYMENT, NAMESPACE, SERVICE } from '../support/manifests.ts';
import { type RuleCase, testRule } from '../support/test-rule.ts';

// Expected outputs (<name>.out beside <name>.sh), compared with the example set.

const manifests = [
  { name: 'namespace.yaml', text: NAMESPACE },
  { name: 'deployment.yaml', text: DEPLOYMENT },
  { name: 'service.yaml', text: SERVICE },
  {
    name: 'service-nodeport.yaml',
    text: change(change(SERVICE, 'name: web\n  namespace', 'name: web-nodeport\n  namespace'), 'type: ClusterIP', 'type: NodePort'),
  },
];
const GET = 'kubectl get svc -n demo\n';
const WIDE = 'kubectl get services -n demo -o wide\n';
const TABLE = `NAME          TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)          AGE
web           ClusterIP   10.43.216.139   <none>        8080/TCP         114s
web-nodeport  NodePort    10.43.88.201    <none>        8080:30080/TCP   2m56s
`;
const KUBE = 'kubectl get service kubernetes\n';
const KUBE_TABLE = `NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
kubernetes   ClusterIP   10.43.0.1    <none>        443/TCP   12d
`;
const WIDE_TABLE = `NAME   TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)    AGE   SELECTOR
web    ClusterIP   10.43.216.139   <none>        8080/TCP   15m   app=web
`;
/** An output case: `out` is the expected output, `command` its command file. */
function output(out: string, command = GET, extra: Partial<RuleCase> = {}): RuleCase {
  return { code: out, file: 'cmd.out', with: [...manifests, { name: 'cmd.sh', text: command }], ...extra };
}

testRule({
  rule: 'output/orphan',
  accept: [output(TABLE)],
  reject: [{ code: TABLE, file: 'lonely.out', with: manifests, line: 1, column: 1, message: 'lonely.sh' }],
});

testRule({
  rule: 'output/columns',
  accept: [
    output(TABLE),
    output(WIDE_TABLE, WIDE),
    output(`NAMESPACE ${TABLE.split('\n')[0]}\n`, 'kubectl get svc -A\n', { description: '-A adds NAMESPACE' }),
  ],
  reject: [
    { ...output(WIDE_TABLE), line: 1, column: 1, message: 'SELECTOR', description: 'a SELECTOR column without -o wide' },
    { ...output(TABLE, WIDE), line: 1, column: 1, description: '-o wide without SELECTOR' },
  ],
});

testRule({
  rule: 'output/table',
  accept: [output(TABLE)],
  reject: [{ ...output(TABLE.replace('8080/TCP         114s', '8080/TCP')), line: 2, column: 1, message: '5 values for 6 columns' }],
});

testRule({
  rule: 'output/service',
  accept: [
    output(TABLE),
    output(KUBE_TABLE, KUBE, { description: 'the built-in kubernetes Service' }),
    output(WIDE_TABLE, WIDE),
    output(
      TABLE.replace(
        'web           ClusterIP   10.43.216.139   <none>        8080/TCP ',
        'web           LoadBalancer 10.43.216.139 192.168.205.2 8080:31073/TCP',
      ),
      'kubectl patch svc web -n demo -p \'{"spec":{"type":"LoadBalancer"}}\'\nkubectl get svc -n demo\n',
      { description: 'a type changed by kubectl patch' },
    ),
  ],
  reject: [
    {
      ...output(TABLE.replace('web           ClusterIP', 'api           ClusterIP')),
      line: 2,
      column: 1,
      messageId: 'output/service.unknown',
    },
    {
      ...output(KUBE_TABLE, 'kubectl get service kubernetes -n demo\n'),
      line: 2,
      column: 1,
      messageId: 'output/service.unknown',
      description: 'kubernetes lives in default',
    },
    {
      ...output(TABLE.replace('web           ClusterIP  ', 'web           NodePort   ')),
      line: 2,
      column: 15,
      messageId: 'output/service.type',
      message: 'ClusterIP',
    },
    {
      ...output(TABLE.replace('8080/TCP         114s', '8081/TCP         114s')),
      ...at(TABLE, '8080/TCP         114s'),
      messageId: 'output/service.ports',
    },
    {
      ...output(TABLE.replace('8080:30080/TCP', '8080/TCP      ')),
      ...at(TABLE, '8080:30080/TCP'),
      messageId: 'output/service.ports',
      description: 'a NodePort Service without its node port',
    },
    { ...output(WIDE_TABLE.replace('app=web', 'app=api'), WIDE), ...at(WIDE_TABLE, 'app=web'), messageId: 'output/service.selector' },
    {
      ...output(TABLE.replace('<none>        8080/TCP ', '<pending>     8080/TCP ')),
      ...at(TABLE, '<none>        8080/TCP '),
      messageId: 'output/service.external-ip',
    },
  ],
});

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

testRule({
  rule: 'output/node-port',
  accept: [output(TABLE)],
  reject: [{ ...output(TABLE.replace('8080:30080/TCP', '8080:8080/TCP ')), ...at(TABLE, '30080'), message: '8080' }],
});

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
