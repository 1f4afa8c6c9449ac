import type { KubectlCommand } from './kubectl/kubectl-command.ts';
import type { Resource } from './resource.ts';

/** Everything validated together: what cross-file rules look at. */
export interface ExampleSet {
  resources: Resource[];
  /** Namespaces created by manifests or commands of the set. */
  namespaces: Set<string>;
  /** Every file under the examples root (posix paths relative to it), for `kubectl apply -f` targets. */
  files: Set<string>;
  kubectlCommands: (KubectlCommand & { file: string })[];
  /** Loose mode only: whether a path (as kubectl would read it, from the working directory) exists. */
  fileExists?: (path: string) => boolean;
  /** Service CIDRs an output's ClusterIPs may come from: one table uses one of them. */
  serviceCidrs: string[];
}

/** k3s / Rancher Desktop (10.43.0.0/16) and kind / kubeadm (10.96.0.0/12) defaults. */
export const DEFAULT_SERVICE_CIDRS = ['10.43.0.0/16', '10.96.0.0/12'];
