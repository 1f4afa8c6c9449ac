/**
 * Configuration files of tools the pages use that look like Kubernetes objects but are not served by any API server.
 * They get the same strict unknown-field check from these field tables (written from the tool's documentation);
 * the Kubernetes API rules do not apply to them.
 */
export interface ToolConfig {
  tool: string;
  root: string;
  types: Record<string, Record<string, string>>;
}

/** kind's cluster configuration: kind.sigs.k8s.io/docs/user/configuration (kind v0.2x, config v1alpha4). */
const KIND_CLUSTER: ToolConfig = {
  tool: 'kind',
  root: 'KindCluster',
  types: {
    KindCluster: {
      kind: 'string',
      apiVersion: 'string',
      name: 'string',
      featureGates: '{ [key: string]: any; }',
      runtimeConfig: '{ [key: string]: string; }',
      networking: 'KindNetworking',
      nodes: 'Array<KindNode>',
      kubeadmConfigPatches: 'Array<string>',
      kubeadmConfigPatchesJSON6902: 'Array<any>',
      containerdConfigPatches: 'Array<string>',
      containerdConfigPatchesJSON6902: 'Array<string>',
    },
    KindNetworking: {
      ipFamily: 'string',
      apiServerAddress: 'string',
      apiServerPort: 'number',
      podSubnet: 'string',
      serviceSubnet: 'string',
      disableDefaultCNI: 'boolean',
      kubeProxyMode: 'string',
      dnsSearch: 'Array<string>',
    },
    KindNode: {
      role: 'string',
      image: 'string',
      labels: '{ [key: string]: string; }',
      extraMounts: 'Array<KindMount>',
      extraPortMappings: 'Array<KindPortMapping>',
      kubeadmConfigPatches: 'Array<string>',
      kubeadmConfigPatchesJSON6902: 'Array<any>',
    },
    KindMount: { hostPath: 'string', containerPath: 'string', readOnly: 'boolean', selinuxRelabel: 'boolean', propagation: 'string' },
    KindPortMapping: { containerPort: 'number', hostPort: 'number', listenAddress: 'string', protocol: 'string' },
  },
};

export const TOOL_CONFIGS: Record<string, ToolConfig> = {
  'kind.x-k8s.io/v1alpha4/Cluster': KIND_CLUSTER,
};

export function toolConfigOf(apiVersion: string, kind: string): ToolConfig | undefined {
  return TOOL_CONFIGS[`${apiVersion}/${kind}`];
}
