import { extensionInfo } from '../validation/file-kind.ts';

/**
 * Whether an example is a Kubernetes manifest a reader can `kubectl apply -f` (so the page offers the published
 * URL for it): a YAML/JSON file with apiVersion and kind, except tool configs such as kind's cluster config.
 */
export function isKubernetesManifest(file: string, source: string): boolean {
  if (extensionInfo(file)?.kind !== 'manifest') return false;
  const apiVersion = /^\s*"?apiVersion"?\s*:\s*"?([^"\s,]+)/m.exec(source)?.[1];
  const hasKind = /^\s*"?kind"?\s*:/m.test(source);
  return Boolean(apiVersion && hasKind && !apiVersion.startsWith('kind.x-k8s.io/'));
}
