import { at, change, DEPLOYMENT, SERVICE } from '../support/manifests.ts';
import { testRule } from '../support/test-rule.ts';

// Kubernetes schema rules (kubernetes-models validators + the client-node field index), Kubernetes 1.36.

const unknownKind = 'apiVersion: v1\nkind: Servise\nmetadata:\n  name: x\n';
const removed = 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: x\n';
const wrongGroup = 'apiVersion: v1\nkind: Deployment\nmetadata:\n  name: x\n';
testRule({
  rule: 'k8s/unknown-kind',
  accept: [
    { code: SERVICE },
    { code: DEPLOYMENT },
    { code: 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnodes:\n  - role: control-plane\n', description: "kind's Cluster config" },
  ],
  reject: [
    { code: unknownKind, ...at(unknownKind, 'Servise'), messageId: 'k8s/unknown-kind.suggest', message: '"Service"' },
    { code: removed, ...at(removed, 'extensions/v1beta1'), messageId: 'k8s/unknown-kind.removed', message: 'apps/v1' },
    { code: wrongGroup, ...at(wrongGroup, 'v1'), messageId: 'k8s/unknown-kind.version' },
    { code: 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n', line: 2, column: 7, messageId: 'k8s/unknown-kind' },
  ],
});

const noContainers = change(DEPLOYMENT, '      containers:', '      initContainers:');
const noPort = change(SERVICE, '      port: 8080\n', '');
testRule({
  rule: 'k8s/required-field',
  accept: [{ code: DEPLOYMENT }, { code: SERVICE }],
  reject: [
    { code: noContainers, ...at(noContainers, '    spec:\n      auto', 4), message: '"containers"' },
    { code: noPort, ...at(noPort, '- name: http', 2), message: '"port"' },
  ],
});

const replicasString = change(DEPLOYMENT, 'replicas: 2', 'replicas: two');
const targetPortList = change(SERVICE, 'targetPort: http', 'targetPort: [http]');
testRule({
  rule: 'k8s/type',
  accept: [
    { code: DEPLOYMENT },
    { code: change(SERVICE, 'targetPort: http', 'targetPort: 8080'), description: 'int-or-string as a number' },
  ],
  reject: [
    { code: replicasString, ...at(replicasString, 'two'), message: 'integer' },
    { code: targetPortList, ...at(targetPortList, '[http]'), description: 'int-or-string given an array' },
  ],
});

// kubectl reads YAML 1.1 scalars (go-yaml v2): the values below are what the API server receives.
const configMap = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flags\ndata:\n${data}`;
const upperNo = configMap('  debug: NO\n');
const fileMode = configMap('  mode: 0644\n');
const onReplicas = change(DEPLOYMENT, 'replicas: 2', 'replicas: on');
const plainTrue = configMap('  debug: true\n');
testRule({
  rule: 'k8s/type',
  accept: [
    { code: configMap('  debug: "NO"\n  mode: "0644"\n  country: \'no\'\n'), description: 'quoted YAML 1.1 booleans and octals' },
    {
      code: change(DEPLOYMENT, 'automountServiceAccountToken: false', 'automountServiceAccountToken: no'),
      description: 'no in a boolean field (false for kubectl)',
    },
    {
      code: change(DEPLOYMENT, '          emptyDir: {}', '          configMap:\n            name: flags\n            defaultMode: 0644'),
      description: 'an octal file mode (420 for kubectl)',
    },
    { code: configMap('  window: 1:30\n  day: 2024-01-01\n'), description: 'sexagesimal and dates stay strings' },
  ],
  reject: [
    {
      code: upperNo,
      ...at(upperNo, 'NO'),
      messageId: 'k8s/type.yaml11-quote',
      message: 'kubectl reads NO as YAML 1.1, where it is boolean false; quote it ("NO")',
    },
    { code: fileMode, ...at(fileMode, '0644'), messageId: 'k8s/type.yaml11-quote', message: 'where it is number 420' },
    {
      code: onReplicas,
      ...at(onReplicas, 'replicas: on', 10),
      messageId: 'k8s/type.yaml11',
      message: 'kubectl reads on as YAML 1.1, where it is boolean true',
    },
    {
      code: plainTrue,
      ...at(plainTrue, 'true'),
      messageId: 'k8s/type',
      description: 'true is a boolean in YAML 1.2 too: the plain message',
    },
  ],
});

const badProtocol = change(SERVICE, 'protocol: TCP', 'protocol: HTTP');
const badType = change(SERVICE, 'type: ClusterIP', 'type: Internal');
testRule({
  rule: 'k8s/enum',
  accept: [{ code: SERVICE }, { code: change(SERVICE, 'type: ClusterIP', 'type: LoadBalancer') }],
  reject: [
    { code: badProtocol, ...at(badProtocol, 'HTTP'), message: 'SCTP, TCP, UDP' },
    { code: badType, ...at(badType, 'Internal'), message: 'ClusterIP, ExternalName, LoadBalancer, NodePort' },
  ],
});

const badCpu = change(DEPLOYMENT, 'cpu: 50m', 'cpu: 50 millicores');
const badMemory = change(DEPLOYMENT, 'memory: 64Mi', 'memory: 64MB');
testRule({
  rule: 'k8s/format',
  accept: [
    { code: DEPLOYMENT },
    { code: change(DEPLOYMENT, 'cpu: 50m', 'cpu: 0.5'), description: 'a decimal quantity' },
    { code: change(DEPLOYMENT, 'memory: 64Mi', 'memory: 1e9'), description: 'an exponent quantity' },
    { code: change(DEPLOYMENT, 'memory: 64Mi', 'memory: 128974848'), description: 'a number quantity' },
  ],
  reject: [
    { code: badCpu, ...at(badCpu, '50 millicores'), message: 'quantity' },
    { code: badMemory, ...at(badMemory, '64MB') },
  ],
});

const typo = change(SERVICE, '  ports:', '  prots:');
const nested = change(DEPLOYMENT, '              containerPort: 8080', '              containerport: 8080');
const noSuggestion = change(SERVICE, '  type: ClusterIP', '  type: ClusterIP\n  wibble: true');
testRule({
  rule: 'k8s/unknown-field',
  accept: [
    { code: SERVICE },
    { code: DEPLOYMENT },
    {
      code: change(SERVICE, 'metadata:\n  name: web', 'metadata:\n  creationTimestamp: null\n  name: web'),
      description: 'creationTimestamp: null',
    },
  ],
  reject: [
    { code: typo, ...at(typo, 'prots'), messageId: 'k8s/unknown-field.suggest', message: 'did you mean "ports"' },
    { code: nested, ...at(nested, 'containerport'), messageId: 'k8s/unknown-field.suggest', message: '"containerPort"' },
    { code: noSuggestion, ...at(noSuggestion, 'wibble'), messageId: 'k8s/unknown-field' },
    {
      code: 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nnodes:\n  - role: control-plane\n    extraPortMapings: []\n',
      line: 5,
      column: 5,
      description: "a typo in kind's Cluster config",
    },
  ],
});
