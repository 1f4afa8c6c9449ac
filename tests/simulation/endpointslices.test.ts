import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCluster, type ClusterOptions } from '../../src/simulation/cluster.ts';
import { computeEndpointSlices } from '../../src/simulation/endpointslices.ts';
import { resourcesOf } from '../../src/simulation/load.ts';

const slicesOf = (yaml: string, options: ClusterOptions = {}) => {
  const cluster = buildCluster(resourcesOf([{ name: 'test.yaml', text: yaml }]), options);
  return { cluster, ...computeEndpointSlices(cluster) };
};

const deployment = (name: string, replicas: number, labels: string, ports: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ns1 }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { ${labels} } }
  template:
    metadata: { labels: { ${labels} } }
    spec:
      containers:
        - name: c
          image: nginx:1.29
          ports: ${ports}
---`;

const service = (spec: string) => `
apiVersion: v1
kind: Service
metadata: { name: svc1, namespace: ns1, labels: { team: a } }
spec: ${spec}
---`;

// Restates reconciler_test.go TestReconcile1Pod (staging/src/k8s.io/endpointslice): one Pod, one slice with the
// Service's labels, the service-name and managed-by labels, the Pod's IP, node, readiness and a targetRef.
describe('EndpointSlice controller', () => {
  it('writes one slice for one Pod, with labels, conditions, nodeName and targetRef', () => {
    const { slices, cluster } = slicesOf(
      deployment('web', 1, 'app: web', '[{ name: http, containerPort: 8080 }]') +
        service('{ selector: { app: web }, ports: [{ name: http, port: 80, targetPort: http }] }'),
    );
    expect(slices).toHaveLength(1);
    const [slice] = slices;
    const pod = cluster.pods[0];
    expect(slice?.metadata.labels).toEqual({
      team: 'a',
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
      'kubernetes.io/service-name': 'svc1',
    });
    expect(slice?.metadata.name).toMatch(/^svc1-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice?.addressType).toBe('IPv4');
    expect(slice?.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(slice?.endpoints).toEqual([
      {
        addresses: ['10.42.0.2'],
        conditions: { ready: true, serving: true, terminating: false },
        nodeName: 'node-1',
        targetRef: { kind: 'Pod', namespace: 'ns1', name: pod?.name },
      },
    ]);
    expect(pod?.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('resolves a named targetPort per Pod: Pods that resolve it differently go to different slices', () => {
    const { slices } = slicesOf(
      deployment('web-a', 1, 'app: web, v: a', '[{ name: http, containerPort: 8080 }]') +
        deployment('web-b', 1, 'app: web, v: b', '[{ name: http, containerPort: 9090 }]') +
        service('{ selector: { app: web }, ports: [{ name: http, port: 80, targetPort: http }] }'),
    );
    expect(slices.map((s) => s.ports[0]?.port).sort()).toEqual([8080, 9090]);
    expect(slices.every((s) => s.endpoints.length === 1)).toBe(true);
  });

  it('leaves a Pod out of a port whose name it does not have, and says so', () => {
    const { slices, notes } = slicesOf(
      deployment('web', 1, 'app: web', '[{ name: web, containerPort: 8080 }]') +
        service('{ selector: { app: web }, ports: [{ name: http, port: 80, targetPort: http }] }'),
    );
    expect(slices[0]?.ports).toEqual([]);
    expect(notes.map((n) => n.message).join('\n')).toContain('no container port named "http"');
  });

  // TestReconcileManyPods (reconciler_test.go): 250 Pods → slices of 100, 100 and 50.
  it('puts at most 100 endpoints in a slice', () => {
    const nodes = [{ name: 'n1', ip: '192.168.0.2', podCidr: '10.1.0.0/16' }];
    const { slices } = slicesOf(
      deployment('web', 250, 'app: web', '[{ containerPort: 80 }]') + service('{ selector: { app: web }, ports: [{ port: 80 }] }'),
      { nodes },
    );
    expect(slices.map((s) => s.endpoints.length)).toEqual([100, 100, 50]);
    expect(new Set(slices.map((s) => s.metadata.name)).size).toBe(3);
  });

  it('writes no slice for a Service without a selector', () => {
    const { slices, notes } = slicesOf(deployment('web', 1, 'app: web', '[{ containerPort: 80 }]') + service('{ ports: [{ port: 80 }] }'));
    expect(slices).toEqual([]);
    expect(notes[0]?.message).toContain('no selector');
  });

  it('marks not-ready Pods ready: false, unless the Service publishes not-ready addresses', () => {
    const yaml = deployment('web', 2, 'app: web', '[{ containerPort: 80 }]');
    const notReady = (spec: string) =>
      slicesOf(yaml + service(spec), { notReady: ['ns1/web'] }).slices[0]?.endpoints.map((e) => e.conditions);
    expect(notReady('{ selector: { app: web }, ports: [{ port: 80 }] }')).toEqual([
      { ready: false, serving: false, terminating: false },
      { ready: false, serving: false, terminating: false },
    ]);
    expect(notReady('{ selector: { app: web }, publishNotReadyAddresses: true, ports: [{ port: 80 }] }')?.[0]).toEqual({
      ready: true,
      serving: false,
      terminating: false,
    });
  });

  it('headless Service of a StatefulSet: the headless label, Pods name-0..n with their hostnames', () => {
    const yaml = `
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: ns1 }
spec:
  serviceName: svc1
  replicas: 3
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: c, image: postgres:17, ports: [{ name: pg, containerPort: 5432 }] }] }
---${service('{ clusterIP: None, selector: { app: db }, ports: [{ name: pg, port: 5432, targetPort: pg }] }')}`;
    const { slices } = slicesOf(yaml);
    expect(slices[0]?.metadata.labels['service.kubernetes.io/headless']).toBe('');
    expect(slices[0]?.endpoints.map((e) => [e.targetRef.name, e.hostname])).toEqual([
      ['db-0', 'db-0'],
      ['db-1', 'db-1'],
      ['db-2', 'db-2'],
    ]);
  });

  it('DaemonSet: one Pod per node, each IP from its node podCIDR', () => {
    const yaml = `
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: ns1 }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec: { containers: [{ name: c, image: agent:1, ports: [{ containerPort: 9100 }] }] }
---${service('{ selector: { app: agent }, ports: [{ port: 9100 }] }')}`;
    const { slices } = slicesOf(yaml);
    expect(slices[0]?.endpoints.map((e) => [e.nodeName, e.addresses[0]]).sort()).toEqual([
      ['node-1', '10.42.0.2'],
      ['node-2', '10.42.1.2'],
    ]);
  });

  it('computes the example set: frontend has two ready endpoints on 8080, database one on its named port', () => {
    const names = ['frontend-deployment', 'frontend-service', 'database-deployment', 'database-service', 'client-pod', 'namespace'];
    const files = names.map((n) => ({ name: `examples/netdemo/${n}.yaml`, text: readFileSync(`examples/netdemo/${n}.yaml`, 'utf8') }));
    const cluster = buildCluster(resourcesOf(files));
    const { slices } = computeEndpointSlices(cluster);
    const frontend = slices.find((s) => s.metadata.labels['kubernetes.io/service-name'] === 'frontend');
    expect(frontend?.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
    expect(frontend?.endpoints).toHaveLength(2);
    const database = slices.find((s) => s.metadata.labels['kubernetes.io/service-name'] === 'database');
    expect(database?.ports).toEqual([{ name: 'postgres', port: 5432, protocol: 'TCP' }]);
  });
});
