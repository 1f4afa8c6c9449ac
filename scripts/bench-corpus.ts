/**
 * A deterministic corpus of real-world-shaped input for `npm run bench:validate`: many kinds (workloads with nested Pod
 * templates, CronJobs two templates deep, Services, Ingresses, NetworkPolicies, RBAC with `system:` names, HPAs,
 * PDBs, ConfigMaps with YAML 1.1 traps, Secrets, PVCs, a CRD with custom resources and their CEL rule, Gateway API
 * HTTPRoutes), CNI configuration lists, and a few problems per file (a typo
 * field, a bad label value, a missing image, a duplicate env name, an unquoted NO, a trailing comma in a conflist).
 * The same `total` always writes the same files, so figures can be compared between runs. Nothing is committed:
 * the bench writes the corpus to a scratch folder and deletes it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small linear congruential generator: deterministic, no dependency. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

const IMAGES = ['nginxinc/nginx-unprivileged:1.29.3-alpine', 'ghcr.io/example/api:2.4.1', 'registry.k8s.io/pause:3.10', 'redis:7.4.1'];

function podSpec(name: string, rnd: () => number, indent: string, problem: string | null): string {
  const image = problem === 'missing-image' ? '' : `\n${indent}    image: ${IMAGES[Math.floor(rnd() * IMAGES.length)]}`;
  const env =
    problem === 'duplicate-env'
      ? `\n${indent}    env:\n${indent}      - name: MODE\n${indent}        value: a\n${indent}      - name: MODE\n${indent}        value: b`
      : `\n${indent}    env:\n${indent}      - name: MODE\n${indent}        value: fast\n${indent}      - name: POD_IP\n${indent}        valueFrom:\n${indent}          fieldRef:\n${indent}            fieldPath: status.podIP`;
  const typo = problem === 'typo' ? `\n${indent}    imagePullPolcy: Always` : '';
  return `${indent}automountServiceAccountToken: false
${indent}securityContext:
${indent}  runAsNonRoot: true
${indent}  runAsUser: 101
${indent}  seccompProfile:
${indent}    type: RuntimeDefault
${indent}containers:
${indent}  - name: ${name}${image}${typo}
${indent}    ports:
${indent}      - name: http
${indent}        containerPort: 8080${env}
${indent}    readinessProbe:
${indent}      httpGet:
${indent}        path: /healthz
${indent}        port: http
${indent}    resources:
${indent}      requests:
${indent}        cpu: 50m
${indent}        memory: 32Mi
${indent}      limits:
${indent}        memory: 64Mi
${indent}    securityContext:
${indent}      allowPrivilegeEscalation: false
${indent}      readOnlyRootFilesystem: true
${indent}      capabilities:
${indent}        drop: [ALL]
${indent}    volumeMounts:
${indent}      - name: tmp
${indent}        mountPath: /tmp
${indent}volumes:
${indent}  - name: tmp
${indent}    emptyDir: {}`;
}

const meta = (kind: string, apiVersion: string, name: string, ns: string | null, labels = true) =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}${ns ? `\n  namespace: ${ns}` : ''}${labels ? `\n  labels:\n    app.kubernetes.io/name: ${name}\n    app.kubernetes.io/part-of: shop` : ''}\n`;

/** One resource; `problem` (or null) decides which defect, if any, it carries. */
function resource(i: number, rnd: () => number, problem: string | null): string {
  // A block of 16 resources (one Namespace and what lives in it) shares a namespace, so Services find their Pods.
  const ns = `team-${(i >> 4) % 7}`;
  const app = `app-${i}`;
  const label = problem === 'bad-label' ? 'web app' : app;
  const workload = (kind: string, extra: string) =>
    `${meta(kind, 'apps/v1', app, ns)}spec:\n${extra}  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${label === app ? app : label}\n    spec:\n${podSpec('main', rnd, '      ', problem)}\n`;
  switch (i % 16) {
    case 0:
      return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-${(i >> 4) % 7}\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n`;
    case 1:
    case 2:
      return workload(
        'Deployment',
        '  replicas: 2\n  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 25%\n      maxUnavailable: 0\n',
      );
    case 3:
      return workload('StatefulSet', `  serviceName: ${app}\n  replicas: 3\n`);
    case 4:
      return workload('DaemonSet', '  updateStrategy:\n    type: RollingUpdate\n');
    case 5:
      return `${meta('CronJob', 'batch/v1', `job-${i}`, ns)}spec:\n  schedule: "*/15 * * * *"\n  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      backoffLimit: 2\n      template:\n        spec:\n          restartPolicy: OnFailure\n${podSpec('task', rnd, '          ', problem)}\n`;
    case 6:
    case 7:
      return `${meta('Service', 'v1', `app-${i - 5}`, ns)}spec:\n  type: ${i % 3 === 0 ? 'NodePort' : 'ClusterIP'}\n  selector:\n    app: app-${i - 5}\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n      protocol: TCP\n    - name: metrics\n      port: 9090\n      targetPort: 9090\n`;
    case 8:
      return `${meta('Ingress', 'networking.k8s.io/v1', `web-${i}`, ns)}  annotations:\n    nginx.ingress.kubernetes.io/rewrite-target: /\nspec:\n  ingressClassName: nginx\n  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /api\n            pathType: Prefix\n            backend:\n              service:\n                name: app-${i - 7}\n                port:\n                  name: http\n`;
    case 9:
      return `${meta('NetworkPolicy', 'networking.k8s.io/v1', `allow-${i}`, ns)}spec:\n  podSelector:\n    matchLabels:\n      app: app-${i - 8}\n  policyTypes: [Ingress, Egress]\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress-nginx\n        - podSelector:\n            matchExpressions:\n              - key: tier\n                operator: In\n                values: [frontend, edge]\n      ports:\n        - protocol: TCP\n          port: 8080\n  egress:\n    - to:\n        - ipBlock:\n            cidr: 10.0.0.0/8\n            except: [10.96.0.0/12]\n`;
    case 10:
      return `${meta('ClusterRole', 'rbac.authorization.k8s.io/v1', `system:shop-reader-${i}`, null, false)}rules:\n  - apiGroups: [""]\n    resources: [pods, services, endpoints]\n    verbs: [get, list, watch]\n  - apiGroups: [apps]\n    resources: [deployments]\n    verbs: [get]\n---\n${meta('RoleBinding', 'rbac.authorization.k8s.io/v1', `ReadShop${i}`, ns, false)}roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: system:shop-reader-${i}\nsubjects:\n  - kind: ServiceAccount\n    name: default\n    namespace: ${ns}\n`;
    case 11:
      return `${meta('HorizontalPodAutoscaler', 'autoscaling/v2', `app-${i - 10}`, ns)}spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: app-${i - 10}\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70\n`;
    case 12:
      return `${meta('PodDisruptionBudget', 'policy/v1', `app-${i - 11}`, ns)}spec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: app-${i - 11}\n`;
    case 13: {
      const flag = problem === 'yaml11' ? 'NO' : '"no"';
      return `${meta('ConfigMap', 'v1', `config-${i}`, ns)}data:\n  LOG_LEVEL: info\n  COUNTRY: ${flag}\n  FEATURE_X: "true"\n  nginx.conf: |\n    server {\n      listen 8080;\n      location / { return 200 'ok'; }\n    }\n`;
    }
    case 14:
      return `${meta('Secret', 'v1', `creds-${i}`, ns)}type: Opaque\nstringData:\n  username: shop\n  password: s3cr3t-${Math.floor(rnd() * 1e6)}\n`;
    default:
      // The last slot of a block rotates through a PVC, a custom resource of the corpus's CRD (with its CEL rule)
      // and a Gateway API HTTPRoute (validated against the shipped snapshot).
      switch ((i >> 4) % 3) {
        case 0:
          return `${meta('PersistentVolumeClaim', 'v1', `data-${i}`, ns)}spec:\n  accessModes: [ReadWriteOnce]\n  storageClassName: local-path\n  resources:\n    requests:\n      storage: 1Gi\n`;
        case 1: {
          const replicas = problem ? 9 : 2; // any problem slot here breaks the CEL rule replicas <= maxReplicas
          return `${meta('Widget', 'shop.example.com/v1', `widget-${i}`, ns)}spec:\n  size: ${i % 2 ? 'small' : 'large'}\n  replicas: ${replicas}\n  maxReplicas: 4\n`;
        }
        default:
          return `${meta('HTTPRoute', 'gateway.networking.k8s.io/v1', `route-${i}`, ns)}spec:\n  parentRefs:\n    - name: shop-gateway\n      namespace: ${ns}\n  hostnames: [shop.example.com]\n  rules:\n    - matches:\n        - path:\n            type: PathPrefix\n            value: /app-${i - 14}\n      backendRefs:\n        - name: app-${i - 14}\n          port: 80\n`;
      }
  }
}

const PROBLEMS = ['typo', 'bad-label', 'missing-image', 'duplicate-env', 'yaml11'];

function conflist(i: number, broken: boolean): string {
  return `{
  "cniVersion": "1.0.0",
  "name": "net-${i}",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "cni${i % 10}",
      "isGateway": true,
      "ipMasq": true,
      "ipam": { "type": "host-local", "ranges": [[{ "subnet": "10.${i % 250}.0.0/16" }]], "routes": [{ "dst": "0.0.0.0/0" }] }
    },
    { "type": "portmap", "capabilities": { "portMappings": true } },
    { "type": "bandwidth", "capabilities": { "bandwidth": true } }${broken ? ',' : ''}
  ]
}
`;
}

export interface Corpus {
  files: number;
  /** Kubernetes resources written (each `---` document), CNI configurations not counted. */
  resources: number;
  conflists: number;
}

/** Writes about `total` resources into `dir`, 50 per file, one conflist per 20 files, a few problems per file. */
/** The corpus's own CRD: a schema with an enum, a required field and a CEL rule, as operators ship them. */
const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.shop.example.com
spec:
  group: shop.example.com
  scope: Namespaced
  names:
    plural: widgets
    singular: widget
    kind: Widget
    shortNames: [wg]
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              x-kubernetes-validations:
                - rule: self.replicas <= self.maxReplicas
                  message: replicas must not exceed maxReplicas
              properties:
                size:
                  type: string
                  enum: [small, large]
                replicas:
                  type: integer
                  minimum: 0
                maxReplicas:
                  type: integer
`;

export function writeCorpus(dir: string, total: number, seed = 1): Corpus {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'crds.yaml'), CRD);
  const rnd = random(seed);
  const perFile = 50;
  let resources = 0;
  let files = 0;
  let conflists = 0;
  for (let file = 0; resources < total; file++) {
    const docs: string[] = [];
    // Two or three documents per file carry a problem, chosen by the generator.
    const problemAt = new Set([Math.floor(rnd() * perFile), Math.floor(rnd() * perFile), Math.floor(rnd() * perFile)]);
    for (let k = 0; k < perFile && resources < total; k++) {
      const i = file * perFile + k;
      const problem = problemAt.has(k) ? PROBLEMS[Math.floor(rnd() * PROBLEMS.length)]! : null;
      const text = resource(i, rnd, problem);
      docs.push(text);
      resources += text.split('\n---\n').length;
    }
    writeFileSync(join(dir, `bundle-${String(file).padStart(5, '0')}.yaml`), docs.join('---\n'));
    files++;
    if (file % 20 === 0) {
      writeFileSync(join(dir, `net-${String(file).padStart(5, '0')}.conflist`), conflist(file, file % 40 === 20));
      conflists++;
      files++;
    }
  }
  return { files: files + 1, resources: resources + 1, conflists };
}
