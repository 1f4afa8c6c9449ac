import type { Resource } from '../validation/resource.ts';
import { buildCluster, type Cluster, type ClusterOptions } from './cluster.ts';
import { computeEndpointSlices, type EndpointSlice, type SliceNote } from './endpointslices.ts';
import { type IptablesResult, iptablesRules } from './iptables.ts';
import { type NftablesResult, nftablesRules } from './nftables.ts';
import { type ProxyConfig, type ProxyState, proxyStateOf } from './proxy-model.ts';

/** Everything the simulation derives from a set of resources, computed once and shared by the views. */
export interface Simulation {
  cluster: Cluster;
  slices: EndpointSlice[];
  notes: SliceNote[];
  proxy: ProxyState;
  config: ProxyConfig;
  iptables: () => IptablesResult;
  nftables: () => NftablesResult;
}

export type SimulationOptions = ClusterOptions & Pick<ProxyConfig, 'masqueradeAll'>;

export function simulate(resources: Resource[], options: SimulationOptions = {}): Simulation {
  const cluster = buildCluster(resources, options);
  const { slices, notes } = computeEndpointSlices(cluster);
  const proxy = proxyStateOf(cluster, slices);
  const config: ProxyConfig = {
    nodeName: cluster.node.name,
    nodeIP: cluster.node.ip,
    clusterCidr: cluster.clusterCidr,
    serviceCidrs: [cluster.serviceCidr],
    ...(options.masqueradeAll ? { masqueradeAll: true } : {}),
  };
  let ipt: IptablesResult | undefined;
  let nft: NftablesResult | undefined;
  return {
    cluster,
    slices,
    notes,
    proxy,
    config,
    iptables: () => {
      ipt ??= iptablesRules(proxy, config);
      return ipt;
    },
    nftables: () => {
      nft ??= nftablesRules(proxy, config);
      return nft;
    },
  };
}
