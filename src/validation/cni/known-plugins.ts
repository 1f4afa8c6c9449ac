/**
 * Options of the plugins a Kubernetes reader meets in a flannel/k3s conflist, from their documentation on cni.dev
 * (plugins/current/main/bridge, meta/portmap, meta/bandwidth, meta/flannel, ipam/host-local). A wrong type is an error
 * (the plugin fails to parse its JSON); an unknown key only a warning (plugins ignore keys they do not know).
 */
export type OptionType = 'boolean' | 'integer' | 'string' | 'object' | 'array' | 'ipam' | 'delegate';

const COMMON: Record<string, OptionType> = { type: 'string', capabilities: 'object', ipam: 'ipam', dns: 'object', args: 'object' };

const BRIDGE: Record<string, OptionType> = {
  bridge: 'string',
  isGateway: 'boolean',
  isDefaultGateway: 'boolean',
  forceAddress: 'boolean',
  ipMasq: 'boolean',
  ipMasqBackend: 'string',
  mtu: 'integer',
  hairpinMode: 'boolean',
  promiscMode: 'boolean',
  vlan: 'integer',
  vlanTrunk: 'array',
  preserveDefaultVlan: 'boolean',
  enabledad: 'boolean',
  macspoofchk: 'boolean',
  disableContainerInterface: 'boolean',
  portIsolation: 'boolean',
};

export const KNOWN_PLUGINS: Record<string, Record<string, OptionType>> = {
  bridge: { ...COMMON, ...BRIDGE },
  flannel: { ...COMMON, subnetFile: 'string', dataDir: 'string', delegate: 'delegate', ipMasq: 'boolean', mtu: 'integer' },
  portmap: {
    ...COMMON,
    snat: 'boolean',
    masqAll: 'boolean',
    markMasqBit: 'integer',
    externalSetMarkChain: 'string',
    conditionsV4: 'array',
    conditionsV6: 'array',
    backend: 'string',
  },
  bandwidth: {
    ...COMMON,
    ingressRate: 'integer',
    ingressBurst: 'integer',
    egressRate: 'integer',
    egressBurst: 'integer',
    shapedSubnets: 'array',
    unshapedSubnets: 'array',
  },
  loopback: { ...COMMON },
};

/** flannel's delegate is a bridge configuration (flannel fills in `type: bridge`, `ipam` and `mtu` when absent). */
export const DELEGATE_OPTIONS: Record<string, OptionType> = {
  type: 'string',
  ...BRIDGE,
  ipam: 'ipam',
  dns: 'object',
  capabilities: 'object',
};

export const HOST_LOCAL_OPTIONS: Record<string, OptionType> = {
  type: 'string',
  ranges: 'array',
  subnet: 'string',
  rangeStart: 'string',
  rangeEnd: 'string',
  gateway: 'string',
  routes: 'array',
  dataDir: 'string',
  resolvConf: 'string',
};

/** Capabilities each plugin understands (CNI CONVENTIONS.md, "Well-known Capabilities"). */
export const KNOWN_CAPABILITIES: Record<string, string[]> = {
  portmap: ['portMappings'],
  bandwidth: ['bandwidth'],
  bridge: ['ips', 'mac'],
  flannel: [],
  loopback: [],
};
