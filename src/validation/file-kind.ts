import type { FileKind } from './types.ts';

/** The language a file is written in, whatever the validator does with it. */
export type Syntax = 'yaml' | 'json' | 'shell' | 'text' | 'markdown';

/**
 * Every file extension the project knows: what the validator does with such a file and the language it is written
 * in. The one table for the validator, the playground (which files it opens) and the example pages (highlighting).
 * `.json` is decided later by content: a CNI configuration has `cniVersion` (cni/detect.ts).
 */
export const EXTENSIONS: Readonly<Record<string, { kind: FileKind; syntax: Syntax }>> = {
  '.yaml': { kind: 'manifest', syntax: 'yaml' },
  '.yml': { kind: 'manifest', syntax: 'yaml' },
  '.json': { kind: 'manifest', syntax: 'json' },
  '.conflist': { kind: 'cni', syntax: 'json' },
  '.conf': { kind: 'cni', syntax: 'json' },
  '.sh': { kind: 'shell', syntax: 'shell' },
  '.out': { kind: 'output', syntax: 'text' },
  '.md': { kind: 'ignored', syntax: 'markdown' },
};

/** What the table says about a file's extension (lower-cased, of its last path segment), if it knows it. */
export function extensionInfo(name: string): { kind: FileKind; syntax: Syntax } | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= name.lastIndexOf('/')) return undefined;
  const extension = name.slice(dot).toLowerCase();
  return Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
}

/** What a file is, by extension. `.json` is decided later by content (a CNI config has `cniVersion`). */
export function fileKindOf(name: string): FileKind {
  const lower = name.toLowerCase();
  // Standard input (`-`) is read as a manifest, as kubectl apply -f - reads it.
  if (lower === '<stdin>') return 'manifest';
  // The provenance index of the expected outputs (src/examples/output-provenance.ts checks it), not a manifest.
  if (lower === 'outputs.yaml' || lower.endsWith('/outputs.yaml')) return 'ignored';
  return extensionInfo(lower)?.kind ?? 'unsupported';
}

/** Files a directory walk picks up. */
export function isValidatedFile(name: string): boolean {
  const kind = fileKindOf(name);
  return kind !== 'ignored' && kind !== 'unsupported';
}
