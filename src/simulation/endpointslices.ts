import { selectorMatches } from '../validation/k8s/workloads.ts';
import type { Cluster, SimPod, SimService } from './cluster.ts';
import { stableString } from './hash.ts';

/**
 * The EndpointSlice controller (kube-controller-manager's `endpointslice-controller.k8s.io`, reconciler in
 * staging/src/k8s.io/endpointslice): for each Service with a selector, the Pods it selects become endpoints,
 * grouped into slices by the ports they resolve to, at most `maxEndpointsPerSlice` (default 100) per slice.
 *
 * Readiness model: a Pod is Ready unless the simulation was told otherwise (`notReady`) or its manifest carries a
 * status with Ready=False; probes are not run. No Pod is terminating. `ready` is true for a Ready Pod, or for
 * every Pod when the Service sets publishNotReadyAddresses; `serving` follows the Pod's readiness.
 */

export const MAX_ENDPOINTS_PER_SLICE = 100;
const MANAGED_BY = 'endpointslice-controller.k8s.io';

export interface EndpointPort {
  name: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export interface Endpoint {
  addresses: string[];
  conditions: { ready: boolean; serving: boolean; terminating: boolean };
  hostname?: string;
  nodeName: string;
  targetRef: { kind: 'Pod'; namespace: string; name: string };
}

export interface EndpointSlice {
  apiVersion: 'discovery.k8s.io/v1';
  kind: 'EndpointSlice';
  metadata: {
    name: string;
    namespace: string;
    generateName: string;
    labels: Record<string, string>;
    ownerReferences: { apiVersion: 'v1'; kind: 'Service'; name: string; controller: true; blockOwnerDeletion: true }[];
  };
  addressType: 'IPv4';
  ports: EndpointPort[];
  endpoints: Endpoint[];
}

export interface SliceOptions {
  maxEndpointsPerSlice?: number;
}

/** Why a Service has no slices, or why a Pod was left out of one (shown beside the slices). */
export interface SliceNote {
  service: string;
  message: string;
}

export interface SliceResult {
  slices: EndpointSlice[];
  notes: SliceNote[];
}

export function computeEndpointSlices(cluster: Cluster, options: SliceOptions = {}): SliceResult {
  const max = options.maxEndpointsPerSlice ?? MAX_ENDPOINTS_PER_SLICE;
  const slices: EndpointSlice[] = [];
  const notes: SliceNote[] = [];
  const index = podIndex(cluster.pods);
  for (const service of cluster.services) {
    const id = `${service.namespace}/${service.name}`;
    if (service.type === 'ExternalName') {
      notes.push({ service: id, message: 'ExternalName Service: no endpoints, DNS answers with a CNAME' });
      continue;
    }
    if (!service.selector) {
      notes.push({ service: id, message: 'no selector: the controller writes no EndpointSlice (create one by hand)' });
      continue;
    }
    const selector = service.selector;
    const [firstKey, firstValue] = Object.entries(selector)[0] ?? ['', ''];
    const pods = (index.get(`${service.namespace}\u0000${firstKey}=${firstValue}`) ?? [])
      .filter((p) => selectorMatches(selector, p.labels))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (pods.length === 0) notes.push({ service: id, message: `selector ${formatSelector(service.selector)} matches no Pod` });
    // Pods are grouped by the ports they resolve to: a named targetPort can differ from Pod to Pod.
    const groups = new Map<string, { ports: EndpointPort[]; pods: SimPod[] }>();
    for (const pod of pods) {
      const ports = endpointPorts(service, pod, notes);
      const groupKey = JSON.stringify(ports);
      const group = groups.get(groupKey) ?? { ports, pods: [] };
      group.pods.push(pod);
      groups.set(groupKey, group);
    }
    let sliceIndex = 0;
    for (const group of groups.values()) {
      for (let start = 0; start < group.pods.length; start += max) {
        const chunk = group.pods.slice(start, start + max);
        slices.push(makeSlice(service, group.ports, chunk, sliceIndex++));
      }
    }
  }
  return { slices, notes };
}

/** Pods by namespace and one label (`ns\0key=value`): a Service's selector needs only the Pods with its first label. */
function podIndex(pods: SimPod[]): Map<string, SimPod[]> {
  const index = new Map<string, SimPod[]>();
  for (const pod of pods)
    for (const [k, v] of Object.entries(pod.labels)) {
      const key = `${pod.namespace}\u0000${k}=${v}`;
      const list = index.get(key);
      if (list) list.push(pod);
      else index.set(key, [pod]);
    }
  return index;
}

/** podutil.FindPort: a number is used as is; a name is looked up in the Pod's container ports (same protocol). */
export function resolveTargetPort(targetPort: number | string, protocol: string, pod: SimPod): number | undefined {
  if (typeof targetPort === 'number') return targetPort;
  if (/^\d+$/.test(targetPort)) return Number(targetPort);
  const found = pod.ports.find((p) => p.name === targetPort && p.protocol === protocol);
  return found?.containerPort;
}

function endpointPorts(service: SimService, pod: SimPod, notes: SliceNote[]): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of service.ports) {
    const port = resolveTargetPort(sp.targetPort, sp.protocol, pod);
    if (port === undefined) {
      notes.push({
        service: `${service.namespace}/${service.name}`,
        message: `Pod ${pod.name} has no container port named "${sp.targetPort}" (${sp.protocol}): left out of port "${sp.name}"`,
      });
      continue;
    }
    const ep: EndpointPort = { name: sp.name, port, protocol: sp.protocol };
    if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
    out.push(ep);
  }
  return out;
}

function makeSlice(service: SimService, ports: EndpointPort[], pods: SimPod[], index: number): EndpointSlice {
  // The controller copies the Service's labels and adds its own; the headless label marks ClusterIP None.
  const labels: Record<string, string> = { ...serviceLabels(service) };
  labels['endpointslice.kubernetes.io/managed-by'] = MANAGED_BY;
  labels['kubernetes.io/service-name'] = service.name;
  if (service.headless) labels['service.kubernetes.io/headless'] = '';
  const generateName = `${service.name}-`;
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      // generateName gets a random 5-character suffix from the API server; a stable one stands in for it.
      name: `${generateName}${stableString(`${service.namespace}/${service.name}/slice/${index}`, 5, 'bcdfghjklmnpqrstvwxz2456789')}`,
      namespace: service.namespace,
      generateName,
      labels,
      ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: service.name, controller: true, blockOwnerDeletion: true }],
    },
    addressType: 'IPv4',
    ports,
    endpoints: pods.map((pod) => {
      const endpoint: Endpoint = {
        addresses: [pod.ip],
        conditions: { ready: service.publishNotReadyAddresses || pod.ready, serving: pod.ready, terminating: false },
        nodeName: pod.node,
        targetRef: { kind: 'Pod', namespace: pod.namespace, name: pod.name },
      };
      // A Pod's hostname is published when its subdomain names this (headless) Service: StatefulSet Pods.
      if (pod.hostname && pod.subdomain === service.name) endpoint.hostname = pod.hostname;
      return endpoint;
    }),
  };
}

function serviceLabels(service: SimService): Record<string, string> {
  const labels = (service.source.value.metadata as { labels?: Record<string, unknown> } | undefined)?.labels ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function formatSelector(selector: Record<string, string>): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
