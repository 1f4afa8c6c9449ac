import { widget, withCrd } from '../../support/crd-fixtures.ts';
import { at, change, DEPLOYMENT, SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Kubernetes schema rules (kubernetes-models validators + the client-node field index), Kubernetes 1.36.

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

// Custom resources validated against their CRD.
const sizeString = widget('size: 10', 'size: "10"');
const portList = widget('port: http', 'port: [http]');
testRule({
  rule: 'k8s/type',
  accept: [{ code: widget('port: http', 'port: 8080'), with: withCrd, description: 'int-or-string given a number' }],
  reject: [
    { code: sizeString, with: withCrd, ...at(sizeString, '"10"'), message: 'expected integer' },
    { code: portList, with: withCrd, ...at(portList, '[http]'), message: 'integer or string' },
  ],
});
