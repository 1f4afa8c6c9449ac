import type { ProxyConfig, ProxyEndpoint, ProxyServicePort, ProxyState } from '../../src/simulation/proxy-model.ts';

/**
 * The Services and endpoints of kube-proxy's TestOverallIPTablesRules / TestOverallNFTablesRules
 * (kubernetes/kubernetes pkg/proxy/iptables/proxier_test.go, pkg/proxy/nftables/proxier_test.go), restated as our
 * model: six Services in ns1…ns6 on a node "test-node" (192.168.0.2) whose Pod CIDR detector is 10.0.0.0/8.
 */
export const upstreamConfig: ProxyConfig = {
  nodeName: 'test-node',
  nodeIP: '192.168.0.2',
  clusterCidr: '10.0.0.0/8',
  serviceCidrs: ['172.30.0.0/16'],
  // The fake iptables of the upstream tests has no --random-fully; nfacct counters exist.
  randomFully: false,
  nfacct: true,
  localhostNodePorts: true,
};

const base = (namespace: string, name: string, clusterIP: string): ProxyServicePort => ({
  namespace,
  name,
  portName: 'p80',
  protocol: 'TCP',
  clusterIP,
  port: 80,
  externalIPs: [],
  loadBalancerIPs: [],
  loadBalancerSourceRanges: [],
  externalTrafficPolicy: 'Cluster',
  internalTrafficPolicy: 'Cluster',
  sessionAffinity: 'None',
  stickySeconds: 10800,
});

const ep = (ip: string, nodeName?: string): ProxyEndpoint => ({
  ip,
  port: 80,
  ready: true,
  serving: true,
  terminating: false,
  ...(nodeName ? { nodeName } : {}),
});

export const upstreamState: ProxyState = {
  services: [
    // ClusterIP service
    { service: base('ns1', 'svc1', '172.30.0.41'), endpoints: [ep('10.180.0.1')] },
    // LoadBalancer, externalTrafficPolicy Local; its only endpoint has no nodeName, so it is not local
    {
      service: {
        ...base('ns2', 'svc2', '172.30.0.42'),
        nodePort: 3001,
        loadBalancerIPs: ['1.2.3.4'],
        externalIPs: ['192.168.99.22'],
        healthCheckNodePort: 30000,
        externalTrafficPolicy: 'Local',
      },
      endpoints: [ep('10.180.0.2')],
    },
    // NodePort service
    { service: { ...base('ns3', 'svc3', '172.30.0.43'), nodePort: 3003 }, endpoints: [ep('10.180.0.3')] },
    // "ExternalIP service": type NodePort in the test, but without a nodePort; two endpoints, one local
    {
      service: { ...base('ns4', 'svc4', '172.30.0.44'), externalIPs: ['192.168.99.33'] },
      endpoints: [ep('10.180.0.4'), ep('10.180.0.5', 'test-node')],
    },
    // LoadBalancer, Cluster policy, source ranges, ClientIP affinity 10800 s
    {
      service: {
        ...base('ns5', 'svc5', '172.30.0.45'),
        nodePort: 3002,
        loadBalancerIPs: ['5.6.7.8'],
        // The test sets healthCheckNodePort 30000 here too, but kube-proxy keeps it only for Local policy.
        loadBalancerSourceRanges: ['203.0.113.0/25'],
        sessionAffinity: 'ClientIP',
      },
      endpoints: [ep('10.180.0.3')],
    },
    // ClusterIP service with no endpoints
    { service: base('ns6', 'svc6', '172.30.0.46'), endpoints: [] },
  ],
};
