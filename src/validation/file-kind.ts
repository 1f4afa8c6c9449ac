import type { FileKind } from './types.ts';

/** What a file is, by extension. `.json` is decided later by content (a CNI config has `cniVersion`). */
export function fileKindOf(name: string): FileKind {
  const lower = name.toLowerCase();
  // Standard input (`-`) is read as a manifest, as kubectl apply -f - reads it.
  if (lower === '<stdin>') return 'manifest';
  // The provenance index of the expected outputs (src/examples/output-provenance.ts checks it), not a manifest.
  if (lower === 'outputs.yaml' || lower.endsWith('/outputs.yaml')) return 'ignored';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml') || lower.endsWith('.json')) return 'manifest';
  if (lower.endsWith('.conflist') || lower.endsWith('.conf')) return 'cni';
  if (lower.endsWith('.sh')) return 'shell';
  if (lower.endsWith('.out')) return 'output';
  if (lower.endsWith('.md')) return 'ignored';
  return 'unsupported';
}

/** Files a directory walk picks up. */
export function isValidatedFile(name: string): boolean {
  const kind = fileKindOf(name);
  return kind !== 'ignored' && kind !== 'unsupported';
}
