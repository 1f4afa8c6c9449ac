import { isRecord } from '../k8s/workloads.ts';
import type { ResourceType } from '../kubectl/snapshot.ts';
import type { Resource } from '../resource.ts';
import { sanitizeSchema } from './sanitize.ts';
import type { CrdDefinition, CrdVersion } from './types.ts';

export const CRD_API_VERSION = 'apiextensions.k8s.io/v1';

export function isCrd(resource: { apiVersion: string; kind: string }): boolean {
  return resource.apiVersion === CRD_API_VERSION && resource.kind === 'CustomResourceDefinition';
}

/**
 * The definition a CRD object declares, or undefined when it lacks what the API server needs to serve it (group, kind,
 * plural, versions): such a CRD is reported by the schema rules on the CRD itself, and its kind stays unknown.
 */
export function definitionOf(value: Record<string, unknown>, source: string): CrdDefinition | undefined {
  const spec = value.spec;
  if (!isRecord(spec) || !isRecord(spec.names) || !Array.isArray(spec.versions)) return undefined;
  const { group } = spec;
  const { kind, plural } = spec.names;
  if (typeof group !== 'string' || typeof kind !== 'string' || typeof plural !== 'string') return undefined;
  const versions: CrdVersion[] = [];
  for (const version of spec.versions) {
    if (!isRecord(version) || typeof version.name !== 'string') continue;
    const schema = isRecord(version.schema) && isRecord(version.schema.openAPIV3Schema) ? version.schema.openAPIV3Schema : undefined;
    versions.push({ name: version.name, served: version.served === true, ...(schema ? { schema: sanitizeSchema(schema) } : {}) });
  }
  const { singular, shortNames } = spec.names;
  return {
    group,
    kind,
    plural,
    ...(typeof singular === 'string' ? { singular } : {}),
    ...(Array.isArray(shortNames) ? { shortNames: shortNames.filter((s): s is string => typeof s === 'string') } : {}),
    scope: spec.scope === 'Cluster' ? 'Cluster' : 'Namespaced',
    versions,
    source,
  };
}

export interface CustomKind {
  definition: CrdDefinition;
  /** The served version the object's apiVersion names, if any. */
  version?: CrdVersion;
}

/** The CRDs known to one validation run, looked up by group and kind. Later definitions of the same kind win. */
export class CrdRegistry {
  readonly #byGroupKind = new Map<string, CrdDefinition>();
  #types: ResourceType[] | undefined;

  add(definition: CrdDefinition): void {
    this.#byGroupKind.set(`${definition.group}/${definition.kind}`, definition);
    this.#types = undefined;
  }

  addResources(resources: Iterable<Resource>): void {
    for (const resource of resources) {
      if (!isCrd(resource)) continue;
      const definition = definitionOf(resource.value, resource.file);
      if (definition) this.add(definition);
    }
  }

  /** The custom resource types as kubectl resolves them (plural, singular, short names), for command files. */
  resourceTypes(): ResourceType[] {
    this.#types ??= [...this.#byGroupKind.values()].map((d) => {
      const served = d.versions.find((v) => v.served) ?? d.versions[0];
      return {
        name: d.plural,
        shortNames: [...(d.shortNames ?? []), ...(d.singular && d.singular !== d.kind.toLowerCase() ? [d.singular] : [])],
        apiVersion: `${d.group}/${served?.name ?? ''}`,
        namespaced: d.scope === 'Namespaced',
        kind: d.kind,
      };
    });
    return this.#types;
  }

  get size(): number {
    return this.#byGroupKind.size;
  }

  /** The CRD of an apiVersion/kind pair (`gateway.networking.k8s.io/v1`, `HTTPRoute`), with the served version. */
  lookup(apiVersion: string, kind: string): CustomKind | undefined {
    const slash = apiVersion.indexOf('/');
    if (slash < 0) return undefined;
    const definition = this.#byGroupKind.get(`${apiVersion.slice(0, slash)}/${kind}`);
    if (!definition) return undefined;
    const name = apiVersion.slice(slash + 1);
    const version = definition.versions.find((v) => v.name === name && v.served);
    return version ? { definition, version } : { definition };
  }
}
