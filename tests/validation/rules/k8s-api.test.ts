import { at, change, DEPLOYMENT, NAMESPACE, SERVICE, withApp, withNamespace } from '../support/manifests.ts';
import { testRule } from '../support/test-rule.ts';

// API server rules (pkg/apis/core/validation, pkg/apis/apps/validation, apimachinery validation).

const upperName = change(DEPLOYMENT, 'name: web\n  namespace', 'name: Web_1\n  namespace');
const longName = change(DEPLOYMENT, 'name: web\n  namespace', `name: ${'a'.repeat(254)}\n  namespace`);
const badNamespace = change(DEPLOYMENT, 'namespace: demo', 'namespace: Demo');
const dottedNamespace = change(NAMESPACE, 'name: demo', 'name: demo.net');
const noName = change(SERVICE, '  name: web\n', '');
testRule({
  rule: 'k8s/object-name',
  accept: [
    { code: DEPLOYMENT },
    { code: change(DEPLOYMENT, 'name: web\n  namespace', 'name: web.v2\n  namespace'), description: 'a dotted DNS subdomain' },
    { code: 'apiVersion: v1\nkind: ServiceList\nitems: []\n', description: 'a List kind (ListMeta has no name)' },
  ],
  reject: [
    { code: upperName, ...at(upperName, 'Web_1'), message: 'RFC 1123 subdomain' },
    { code: longName, ...at(longName, 'aaaa'), message: 'at most 253' },
    { code: badNamespace, ...at(badNamespace, 'Demo'), messageId: 'k8s/object-name.namespace' },
    {
      code: dottedNamespace,
      ...at(dottedNamespace, 'demo.net'),
      message: 'RFC 1123 label',
      description: 'a Namespace name is a DNS label',
    },
    { code: noName, ...at(noName, 'metadata'), messageId: 'k8s/object-name.missing' },
  ],
});

// Per-kind name functions (src/validation/k8s/kind-names.ts).
const named = (apiVersion: string, kind: string, name: string, field = 'name') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  ${field}: ${name}\n`;
const rbacColon = named('rbac.authorization.k8s.io/v1', 'ClusterRole', 'system:kube-dns-autoscaler');
const rbacSlash = named('rbac.authorization.k8s.io/v1', 'ClusterRole', 'team/reader');
const rbacDots = named('rbac.authorization.k8s.io/v1', 'Role', "'..'");
const rbacPercent = named('rbac.authorization.k8s.io/v1', 'RoleBinding', 'read%20secrets');
const configMapColon = named('v1', 'ConfigMap', 'system:config');
const dottedStatefulSet = named('apps/v1', 'StatefulSet', 'db.v2');
const paddedIp = named('networking.k8s.io/v1', 'IPAddress', '10.096.0.10');
const upperIpv6 = named('networking.k8s.io/v1', 'IPAddress', "'2001:DB8::1'");
const badGenerateName = named('v1', 'Pod', 'Web-', 'generateName');
const longCronJob = named('batch/v1', 'CronJob', 'c'.repeat(53));
const systemPriority = named('scheduling.k8s.io/v1', 'PriorityClass', 'system-high');
testRule({
  rule: 'k8s/object-name',
  accept: [
    { code: rbacColon, description: "a ClusterRole named with ':' (path segment)" },
    { code: named('rbac.authorization.k8s.io/v1', 'RoleBinding', 'ReadSecrets'), description: 'a RoleBinding with capitals' },
    {
      code: named('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'system:coredns'),
      description: 'a ClusterRoleBinding with a colon',
    },
    { code: named('apps/v1', 'StatefulSet', 'db-0x'), description: 'a StatefulSet named with a DNS label' },
    { code: named('networking.k8s.io/v1', 'IPAddress', '10.96.0.10'), description: 'an IPAddress named by its IPv4 address' },
    { code: named('networking.k8s.io/v1', 'IPAddress', "'2001:db8::1'"), description: 'an IPAddress named by its canonical IPv6 address' },
    { code: named('v1', 'Pod', 'web-', 'generateName'), description: "a generateName prefix ending in '-'" },
    { code: named('batch/v1', 'CronJob', 'c'.repeat(52)), description: 'a CronJob name of 52 characters' },
    { code: named('scheduling.k8s.io/v1', 'PriorityClass', 'system-node-critical'), description: 'a predefined system PriorityClass' },
    { code: named('example.com/v1', 'Widget', 'w.v1'), description: 'a custom resource (DNS subdomain)' },
  ],
  reject: [
    { code: rbacSlash, ...at(rbacSlash, 'team/'), message: "'/'", description: "a ClusterRole with '/'" },
    { code: rbacDots, ...at(rbacDots, "'..'"), message: "other than '..'", description: "a Role named '..'" },
    { code: rbacPercent, ...at(rbacPercent, 'read%'), message: "'%'", description: "a RoleBinding with '%'" },
    {
      code: configMapColon,
      ...at(configMapColon, 'system:'),
      message: 'RFC 1123 subdomain',
      description: "a ConfigMap with ':' (not RBAC)",
    },
    { code: dottedStatefulSet, ...at(dottedStatefulSet, 'db.v2'), message: 'RFC 1123 label', description: 'a dotted StatefulSet name' },
    { code: paddedIp, ...at(paddedIp, '10.096'), message: 'canonical', description: 'an IPv4 name with a leading zero' },
    { code: upperIpv6, ...at(upperIpv6, "'2001"), message: '2001:db8::1', description: 'an IPv6 name not in canonical form' },
    { code: badGenerateName, ...at(badGenerateName, 'Web-'), message: 'RFC 1123 subdomain', description: 'a generateName with capitals' },
    { code: longCronJob, ...at(longCronJob, 'ccc'), messageId: 'k8s/object-name.cronjob-length' },
    { code: systemPriority, ...at(systemPriority, 'system-'), messageId: 'k8s/object-name.system-priority-class' },
  ],
});

const digitService = change(SERVICE, 'name: web', 'name: 1web');
const dottedService = change(SERVICE, 'name: web', 'name: web.v2');
testRule({
  rule: 'k8s/service-name',
  accept: [{ code: SERVICE }, { code: change(SERVICE, 'name: web', 'name: web-2') }],
  reject: [
    { code: digitService, ...at(digitService, '1web'), message: 'RFC 1035 label' },
    { code: dottedService, ...at(dottedService, 'web.v2') },
  ],
});

const badKey = change(DEPLOYMENT, '  labels:\n    app: web', '  labels:\n    -app: web');
const badPrefix = change(DEPLOYMENT, '      labels:\n        app: web', '      labels:\n        app: web\n        Example.COM/tier: web');
const badExpression = change(
  DEPLOYMENT,
  '    matchLabels:\n      app: web',
  '    matchLabels:\n      app: web\n    matchExpressions:\n      - key: "a b"\n        operator: Exists',
);
const badServiceSelector = change(SERVICE, '    app: web', '    app/: web');
testRule({
  rule: 'k8s/label-key',
  accept: [{ code: DEPLOYMENT }, { code: change(DEPLOYMENT, '  labels:\n    app: web', '  labels:\n    app.kubernetes.io/name: web') }],
  reject: [
    { code: badKey, ...at(badKey, '-app') },
    { code: badPrefix, ...at(badPrefix, 'Example.COM'), message: 'prefix' },
    { code: badExpression, ...at(badExpression, '"a b"') },
    { code: badServiceSelector, ...at(badServiceSelector, 'app/') },
  ],
});

const badValue = change(DEPLOYMENT, '  labels:\n    app: web', '  labels:\n    app: web app');
const longValue = change(DEPLOYMENT, '  labels:\n    app: web', `  labels:\n    app: ${'v'.repeat(64)}`);
testRule({
  rule: 'k8s/label-value',
  accept: [
    { code: DEPLOYMENT },
    { code: change(DEPLOYMENT, '  labels:\n    app: web', '  labels:\n    app: ""'), description: 'an empty value' },
  ],
  reject: [
    { code: badValue, ...at(badValue, 'web app') },
    { code: longValue, ...at(longValue, 'vvvv'), message: 'at most 63' },
  ],
});

const bigContainerPort = change(DEPLOYMENT, 'containerPort: 8080', 'containerPort: 70000');
const zeroServicePort = change(SERVICE, 'port: 8080', 'port: 0');
const bigTargetPort = change(SERVICE, 'targetPort: http', 'targetPort: 65536');
testRule({
  rule: 'k8s/port-range',
  accept: [{ code: DEPLOYMENT }, { code: SERVICE }, { code: change(SERVICE, 'targetPort: http', 'targetPort: 65535') }],
  reject: [
    { code: bigContainerPort, ...at(bigContainerPort, '70000'), endLine: 29, endColumn: 35, description: 'the whole value 70000' },
    { code: zeroServicePort, ...at(zeroServicePort, 'port: 0', 6) },
    { code: bigTargetPort, ...at(bigTargetPort, '65536') },
  ],
});

const longPortName = change(DEPLOYMENT, '- name: http', '- name: http-alternate-port');
const digitsOnly = change(DEPLOYMENT, '- name: http', '- name: "8080"');
const servicePortName = change(SERVICE, '- name: http', '- name: HTTP');
const targetPortName = change(SERVICE, 'targetPort: http', 'targetPort: web--http');
testRule({
  rule: 'k8s/port-name',
  accept: [
    { code: DEPLOYMENT },
    { code: SERVICE },
    {
      code: change(SERVICE, '- name: http', '- name: http-alternate-port'),
      description: 'a Service port name is a DNS label, not limited to 15',
    },
  ],
  reject: [
    { code: longPortName, ...at(longPortName, 'http-alternate-port'), message: '15' },
    { code: digitsOnly, ...at(digitsOnly, '"8080"'), message: 'at least one letter' },
    { code: servicePortName, ...at(servicePortName, 'HTTP'), message: 'RFC 1123 label' },
    { code: targetPortName, ...at(targetPortName, 'web--http'), message: "'--'" },
  ],
});

const nodePortService = change(SERVICE, 'type: ClusterIP', 'type: NodePort');
const lowNodePort = change(nodePortService, 'targetPort: http', 'targetPort: http\n      nodePort: 8080');
const clusterIpNodePort = change(SERVICE, 'targetPort: http', 'targetPort: http\n      nodePort: 30080');
testRule({
  rule: 'k8s/node-port-range',
  accept: [{ code: change(nodePortService, 'targetPort: http', 'targetPort: http\n      nodePort: 30080') }, { code: nodePortService }],
  reject: [
    { code: lowNodePort, ...at(lowNodePort, 'nodePort: 8080', 10), message: '30000-32767' },
    { code: clusterIpNodePort, ...at(clusterIpNodePort, '30080'), messageId: 'k8s/node-port-range.type' },
  ],
});

const twoPorts = `${SERVICE}    - name: metrics\n      port: 9090\n`;
const twoPortsUnnamed = change(twoPorts, '    - name: http\n      port: 8080', '    - port: 8080');
testRule({
  rule: 'k8s/service-port-name-required',
  accept: [
    { code: SERVICE },
    { code: twoPorts },
    { code: change(SERVICE, '    - name: http\n', '    - '), description: 'a single unnamed port' },
  ],
  reject: [{ code: twoPortsUnnamed, ...at(twoPortsUnnamed, 'port: 8080'), message: 'ports[0]' }],
});

const dupName = `${SERVICE}    - name: http\n      port: 9090\n`;
const dupPort = `${SERVICE}    - name: other\n      port: 8080\n`;
const dupNodePort = change(
  `${nodePortService}    - name: other\n      port: 9090\n      nodePort: 30080\n`,
  'targetPort: http',
  'targetPort: http\n      nodePort: 30080',
);
testRule({
  rule: 'k8s/duplicate-service-port',
  accept: [
    { code: twoPorts },
    { code: `${SERVICE}    - name: dns\n      port: 8080\n      protocol: UDP\n`, description: 'same number, other protocol' },
  ],
  reject: [
    { code: dupName, ...at(dupName, 'name: http\n      port: 9090', 6), messageId: 'k8s/duplicate-service-port.name' },
    { code: dupPort, line: 16, column: 13, message: '8080/TCP' },
    { code: dupNodePort, line: 18, column: 17, messageId: 'k8s/duplicate-service-port.node-port' },
  ],
});

const mismatch = change(DEPLOYMENT, '    matchLabels:\n      app: web', '    matchLabels:\n      app: api');
const emptySelector = change(DEPLOYMENT, '    matchLabels:\n      app: web', '    matchLabels: {}');
const expressionMismatch = change(
  DEPLOYMENT,
  '    matchLabels:\n      app: web',
  '    matchExpressions:\n      - key: app\n        operator: NotIn\n        values: [web]',
);
testRule({
  rule: 'k8s/selector-mismatch',
  accept: [
    { code: DEPLOYMENT },
    {
      code: change(
        DEPLOYMENT,
        '    matchLabels:\n      app: web',
        '    matchExpressions:\n      - key: app\n        operator: In\n        values: [web, api]',
      ),
      description: 'matchExpressions that match',
    },
  ],
  reject: [
    { code: mismatch, ...at(mismatch, 'matchLabels'), message: 'app=api' },
    { code: emptySelector, ...at(emptySelector, 'selector'), messageId: 'k8s/selector-mismatch.empty' },
    { code: expressionMismatch, ...at(expressionMismatch, 'matchExpressions') },
  ],
});

const upperContainer = change(DEPLOYMENT, '- name: nginx', '- name: Nginx');
testRule({
  rule: 'k8s/container-name',
  accept: [{ code: DEPLOYMENT }],
  reject: [{ code: upperContainer, ...at(upperContainer, 'Nginx'), message: 'RFC 1123 label' }],
});

const initContainer = '      initContainers:\n        - name: nginx\n          image: busybox:1.37\n';
const duplicate = change(DEPLOYMENT, '      containers:\n', `${initContainer}      containers:\n`);
testRule({
  rule: 'k8s/duplicate-container-name',
  accept: [
    { code: DEPLOYMENT },
    { code: change(DEPLOYMENT, '      containers:\n', `${initContainer.replace('nginx', 'init')}      containers:\n`) },
  ],
  reject: [{ code: duplicate, line: 28, column: 17, message: '"nginx"' }],
});

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  containers:
    - name: main
      image: busybox:1.37
      env:
        - name: MODE
          value: fast
      ports:
        - name: http
          containerPort: 8080
      volumeMounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      emptyDir: {}
`;
const noImage = change(POD, '      image: busybox:1.37\n', '');
const emptyImage = change(POD, 'image: busybox:1.37', 'image: ""');
const spacedImage = change(POD, 'image: busybox:1.37', 'image: " busybox:1.37"');
const templateNoImage = change(DEPLOYMENT, '          image: nginxinc/nginx-unprivileged:1.29.3-alpine\n', '');
testRule({
  rule: 'k8s/container-image',
  accept: [{ code: POD }, { code: DEPLOYMENT }],
  reject: [
    { code: noImage, line: 7, column: 7, message: 'needs an image', severity: 'error', description: 'a Pod container without image' },
    { code: emptyImage, ...at(emptyImage, '""'), severity: 'error', description: 'an empty image' },
    { code: spacedImage, ...at(spacedImage, '" busybox'), messageId: 'k8s/container-image.whitespace' },
    {
      code: templateNoImage,
      line: 25,
      column: 11,
      messageId: 'k8s/container-image.template',
      severity: 'warning',
      description: 'a Deployment template without image (accepted, its Pods are not)',
    },
  ],
});

const twoVolumes = change(POD, '      emptyDir: {}\n', '      emptyDir: {}\n    - name: data\n      configMap:\n        name: settings\n');
testRule({
  rule: 'k8s/duplicate-volume-name',
  accept: [{ code: POD }, { code: change(twoVolumes, '    - name: data\n      configMap', '    - name: settings\n      configMap') }],
  reject: [{ code: twoVolumes, line: 21, column: 13, message: 'volumes[0]' }],
});

const twoMounts = change(
  POD,
  '          mountPath: /data\n',
  '          mountPath: /data\n        - name: data\n          mountPath: /data\n',
);
const twoPortNames = change(
  POD,
  '          containerPort: 8080\n',
  '          containerPort: 8080\n        - name: http\n          containerPort: 8081\n',
);
testRule({
  rule: 'k8s/duplicate-container-field',
  accept: [
    { code: POD },
    {
      code: change(
        twoMounts,
        '          mountPath: /data\n        - name: data\n          mountPath: /data',
        '          mountPath: /data\n        - name: data\n          mountPath: /cache',
      ),
      description: 'one volume at two paths',
    },
  ],
  reject: [
    { code: twoMounts, line: 19, column: 22, messageId: 'k8s/duplicate-container-field.mount-path' },
    { code: twoPortNames, line: 15, column: 17, messageId: 'k8s/duplicate-container-field.port-name' },
  ],
});

const twoEnv = change(POD, '          value: fast\n', '          value: fast\n        - name: MODE\n          value: slow\n');
const samePorts = change(
  POD,
  '          containerPort: 8080\n',
  '          containerPort: 8080\n        - containerPort: 8080\n          protocol: TCP\n',
);
const twoSpread = change(
  POD,
  '  volumes:\n',
  '  topologySpreadConstraints:\n    - maxSkew: 1\n      topologyKey: zone\n      whenUnsatisfiable: DoNotSchedule\n    - maxSkew: 2\n      topologyKey: zone\n      whenUnsatisfiable: DoNotSchedule\n  volumes:\n',
);
testRule({
  rule: 'k8s/duplicate-list-key',
  accept: [
    { code: POD },
    {
      code: change(
        samePorts,
        '        - containerPort: 8080\n          protocol: TCP',
        '        - containerPort: 8080\n          protocol: UDP',
      ),
      description: 'the same port for TCP and UDP',
    },
    {
      code: change(
        twoSpread,
        '      topologyKey: zone\n      whenUnsatisfiable: DoNotSchedule\n  volumes',
        '      topologyKey: zone\n      whenUnsatisfiable: ScheduleAnyway\n  volumes',
      ),
      description: 'the same topology key with another whenUnsatisfiable',
    },
  ],
  reject: [
    { code: twoEnv, line: 12, column: 17, severity: 'warning', message: 'env has two entries with name MODE' },
    {
      code: samePorts,
      line: 15,
      column: 26,
      severity: 'warning',
      message: 'containerPort+protocol 8080/TCP',
      description: 'a port repeated with its default protocol spelt out',
    },
    { code: twoSpread, line: 23, column: 20, message: 'topologyKey+whenUnsatisfiable zone/DoNotSchedule' },
    {
      code: change(
        POD,
        '  volumes:\n',
        '    - name: sidecar\n      image: busybox:1.37\n      ports:\n        - containerPort: 8080\n  volumes:\n',
      ),
      line: 21,
      column: 26,
      messageId: 'k8s/duplicate-list-key.pod-port',
      message: 'spec.containers[0].ports[0]',
      description: 'the same port in two containers of one Pod',
    },
  ],
});

const lonelyService = change(SERVICE, 'app: web', 'app: api');
testRule({
  rule: 'k8s/service-selects-nothing',
  accept: [
    { code: SERVICE, with: withApp },
    { code: change(SERVICE, '  selector:\n    app: web\n', ''), description: 'a Service without selector' },
  ],
  reject: [
    { code: lonelyService, with: withApp, ...at(lonelyService, 'app: api'), message: 'app=api' },
    {
      code: SERVICE,
      with: withNamespace,
      mode: 'loose',
      ...at(SERVICE, 'app: web'),
      severity: 'warning',
      description: 'a loose file: only a warning',
    },
    {
      code: change(SERVICE, 'namespace: demo', 'namespace: other'),
      with: withApp,
      line: 9,
      column: 5,
      description: 'Pods in another namespace do not count',
    },
  ],
});

const wrongName = change(SERVICE, 'targetPort: http', 'targetPort: web');
testRule({
  rule: 'k8s/target-port-name',
  accept: [
    { code: SERVICE, with: withApp },
    { code: change(SERVICE, 'targetPort: http', 'targetPort: 8080'), with: withApp },
  ],
  reject: [
    { code: wrongName, with: withApp, ...at(wrongName, 'targetPort: web', 12), message: 'Deployment web (deployment.yaml)' },
    { code: wrongName, with: withApp, mode: 'loose', ...at(wrongName, 'targetPort: web', 12), severity: 'warning' },
  ],
});

testRule({
  rule: 'k8s/namespace-exists',
  accept: [
    { code: SERVICE, with: withNamespace },
    { code: change(SERVICE, 'namespace: demo', 'namespace: kube-system') },
    { code: change(SERVICE, '  namespace: demo\n', ''), description: 'no namespace (default)' },
    { code: SERVICE, with: [{ name: 'ns.sh', text: 'kubectl create namespace demo\n' }], description: 'a namespace created by a command' },
  ],
  reject: [
    { code: SERVICE, ...at(SERVICE, 'demo'), message: '"demo"' },
    { code: SERVICE, mode: 'loose', ...at(SERVICE, 'demo'), severity: 'warning' },
  ],
});
