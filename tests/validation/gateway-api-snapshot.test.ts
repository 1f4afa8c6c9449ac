import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrdSnapshot } from '../../scripts/gateway-api-snapshot-builder.ts';
import { buildSnapshot, serialize } from '../../scripts/gen-gateway-api-snapshot.ts';
import { compileRule } from '../../src/validation/crd/cel.ts';
import { loadCelLibrary } from '../../src/validation/crd/cel-library.ts';
import snapshotJson from '../../src/validation/crd/gateway-api-snapshot.json' with { type: 'json' };
import type { JsonSchemaProps } from '../../src/validation/crd/types.ts';

/**
 * The committed Gateway API snapshot against its recorded metadata. What can be checked offline: the generator is a
 * pure, order-independent function, and the snapshot is its fixed point (CRDs rebuilt from the snapshot, with the
 * recorded release in their annotations, generate the same snapshot). That the snapshot matches the release's
 * files needs those files: `npm run gen:gateway-api -- <folder>` and compare the recorded SHA-256 of each file.
 */
const snapshot = snapshotJson as CrdSnapshot;

function asCrdFiles(s: CrdSnapshot): { name: string; text: string }[] {
  return s.crds.map((crd) => ({
    name: `${crd.plural}.yaml`,
    text: yaml.dump({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: {
        name: `${crd.plural}.${crd.group}`,
        annotations: { 'gateway.networking.k8s.io/bundle-version': s.release, 'gateway.networking.k8s.io/channel': s.channel },
      },
      spec: {
        group: crd.group,
        names: {
          kind: crd.kind,
          plural: crd.plural,
          ...(crd.singular ? { singular: crd.singular } : {}),
          ...(crd.shortNames ? { shortNames: crd.shortNames } : {}),
        },
        scope: crd.scope,
        versions: crd.versions.map((v) => ({
          name: v.name,
          served: v.served,
          ...(v.schema ? { schema: { openAPIV3Schema: v.schema } } : {}),
        })),
      },
    }),
  }));
}

function rulesOf(schema: JsonSchemaProps | undefined, out: string[] = []): string[] {
  if (!schema) return out;
  for (const v of schema['x-kubernetes-validations'] ?? []) out.push(v.rule);
  for (const sub of Object.values(schema.properties ?? {})) rulesOf(sub, out);
  if (schema.items) rulesOf(schema.items, out);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') rulesOf(schema.additionalProperties, out);
  return out;
}

describe('Gateway API snapshot', () => {
  beforeAll(() => loadCelLibrary());
  it('records a standard-channel release of kubernetes-sigs/gateway-api and the files it was made from', () => {
    expect(snapshot.project).toBe('kubernetes-sigs/gateway-api');
    expect(snapshot.release).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(snapshot.channel).toBe('standard');
    const hashes = Object.values(snapshot.files);
    expect(hashes.length).toBeGreaterThanOrEqual(snapshot.crds.length);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has the kinds the site uses, each with a served version and a schema', () => {
    const kinds = snapshot.crds.map((c) => c.kind);
    for (const kind of ['GatewayClass', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant', 'BackendTLSPolicy'])
      expect(kinds).toContain(kind);
    for (const crd of snapshot.crds) {
      expect(crd.group).toBe('gateway.networking.k8s.io');
      expect(
        crd.versions.some((v) => v.served && v.schema?.type === 'object'),
        crd.kind,
      ).toBe(true);
    }
  });

  it('is the fixed point of the generator (regenerating from its own content changes nothing)', () => {
    const again = buildSnapshot(asCrdFiles(snapshot));
    expect(again.crds).toEqual(snapshot.crds);
    expect([again.release, again.channel]).toEqual([snapshot.release, snapshot.channel]);
  });

  it('does not depend on the order of the input files', () => {
    const files = asCrdFiles(snapshot);
    expect(serialize(buildSnapshot([...files].reverse()))).toBe(serialize(buildSnapshot(files)));
  });

  it('rejects CRDs of different releases', () => {
    const files = asCrdFiles(snapshot);
    files[0]!.text = files[0]!.text.replace(snapshot.release, 'v0.0.1');
    expect(() => buildSnapshot(files)).toThrow(/disagree/);
  });

  it('keeps no documentation text (descriptions are dropped to keep it small)', () => {
    const documented: string[] = [];
    const visit = (schema: JsonSchemaProps | undefined, path: string) => {
      if (!schema) return;
      if ('description' in schema) documented.push(path);
      for (const [name, sub] of Object.entries(schema.properties ?? {})) visit(sub, `${path}.${name}`);
      visit(schema.items, `${path}[]`);
    };
    for (const crd of snapshot.crds) for (const v of crd.versions) visit(v.schema, `${crd.kind}/${v.name}`);
    expect(documented).toEqual([]);
  });

  it('has only CEL rules the validator evaluates (transition rules with oldSelf are skipped by design)', () => {
    const rules = [...new Set(snapshot.crds.flatMap((crd) => crd.versions.flatMap((v) => rulesOf(v.schema))))];
    expect(rules.length).toBeGreaterThan(50);
    const unsupported = rules.filter((rule) => !/\boldSelf\b/.test(rule) && !compileRule(rule).program);
    expect(unsupported).toEqual([]);
  });
});
