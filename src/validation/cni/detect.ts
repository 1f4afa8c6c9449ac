import { extensionInfo } from '../file-kind.ts';

/**
 * Which files are CNI network configurations rather than Kubernetes manifests: a `.conflist` or `.conf` file, or a
 * `.json` file whose object has `cniVersion` (Kubernetes objects never do). No imports beyond the extension table,
 * so the playground's page script can ask without bundling a parser.
 */

/** A parsed `.json` document is a CNI configuration when its object has `cniVersion`. */
export function looksLikeCni(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'cniVersion' in value;
}

/** The same question for a file not parsed yet (the playground's page thread has no parser): by extension, or by text. */
export function isCniConfig(file: string, source: string): boolean {
  const info = extensionInfo(file);
  return info?.kind === 'cni' || (info?.syntax === 'json' && /"cniVersion"\s*:/.test(source));
}
