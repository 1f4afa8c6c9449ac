/** The committed kubectl command tree (scripts/gen-kubectl.ts). */

export type FlagType = 'bool' | 'string' | 'stringArray' | 'int' | 'duration' | 'float';
export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  default: string;
  values?: string[];
}
export interface CommandSpec {
  usage: string;
  aliases: string[];
  flags: FlagSpec[];
  subcommands: Record<string, CommandSpec>;
}
export interface ResourceType {
  name: string;
  shortNames: string[];
  apiVersion: string;
  namespaced: boolean;
  kind: string;
}
export interface KubectlSnapshot {
  kubectlVersion: string;
  globalFlags: FlagSpec[];
  commands: Record<string, CommandSpec>;
  resources: ResourceType[];
}

let loaded: KubectlSnapshot | undefined;

/**
 * Loads the committed snapshot once; call before reading a command (loadShellParser does, so the engine loads it with
 * the shell parser, only when a run has command files or outputs). A dynamic import, so in the browser it is a chunk
 * of its own that the playground, which opens no command file, never fetches.
 */
export async function loadKubectlSnapshot(): Promise<KubectlSnapshot> {
  loaded ??= (await import('./kubectl-snapshot.json', { with: { type: 'json' } })).default as KubectlSnapshot;
  return loaded;
}

/** The snapshot, once loaded. */
export function kubectlSnapshot(): KubectlSnapshot {
  if (!loaded) throw new Error('call loadKubectlSnapshot() (or loadShellParser()) first');
  return loaded;
}

/** A resource type as kubectl accepts it: plural, singular (kind), short name, optionally `.group` / `.version.group`. */
export function resolveResourceType(token: string, custom: readonly ResourceType[] = []): ResourceType | undefined {
  const lower = token.toLowerCase();
  const base = lower.split('.')[0]!;
  const group = lower.includes('.') ? lower.slice(base.length + 1) : undefined;
  const { resources } = kubectlSnapshot();
  const types = custom.length > 0 ? [...resources, ...custom] : resources;
  return types.find((r) => {
    if (r.name !== base && r.kind.toLowerCase() !== base && !r.shortNames.includes(base)) return false;
    if (group === undefined) return true;
    const apiGroup = r.apiVersion.includes('/') ? r.apiVersion.split('/')[0]! : '';
    const version = r.apiVersion.split('/').pop()!;
    return group === apiGroup || group === `${version}.${apiGroup}` || (apiGroup === '' && group === version);
  });
}

export function resourceTypeNames(custom: readonly ResourceType[] = []): string[] {
  return [...kubectlSnapshot().resources, ...custom].flatMap((r) => [r.name, r.kind.toLowerCase(), ...r.shortNames]);
}
