/**
 * `npm run gen:gateway-api -- <folder of CRD YAML files>`: writes src/validation/crd/gateway-api-snapshot.json from the
 * Gateway API standard-channel CRDs (the release's `config/crd/standard/*.yaml`). Run it with a checkout of the
 * release you want; the release and channel are read from the CRDs' own annotations.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import { bundleOf, type CrdObject, type CrdSnapshot, snapshotEntries } from './gateway-api-snapshot-builder.ts';

export const SNAPSHOT_PATH = join(import.meta.dirname, '..', 'src', 'validation', 'crd', 'gateway-api-snapshot.json');

export function buildSnapshot(files: { name: string; text: string }[]): CrdSnapshot {
  const objects: { kind?: string; value: CrdObject }[] = [];
  const hashes: Record<string, string> = {};
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    hashes[file.name] = createHash('sha256').update(file.text).digest('hex');
    for (const document of yaml.loadAll(file.text)) {
      if (document && typeof document === 'object')
        objects.push({ kind: (document as { kind?: string }).kind, value: document as CrdObject });
    }
  }
  const { release, channel } = bundleOf(objects);
  return { project: 'kubernetes-sigs/gateway-api', release, channel, files: hashes, crds: snapshotEntries(objects) };
}

export function serialize(snapshot: CrdSnapshot): string {
  return `${JSON.stringify(snapshot)}\n`;
}

if (import.meta.main) {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write('usage: npm run gen:gateway-api -- <folder with the standard-channel CRD YAML files>\n');
    process.exit(2);
  }
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .map((name) => ({ name: basename(name), text: readFileSync(join(folder, name), 'utf8') }));
  const snapshot = buildSnapshot(files);
  if (snapshot.channel !== 'standard') throw new Error(`expected the standard channel, found ${snapshot.channel}`);
  writeFileSync(SNAPSHOT_PATH, serialize(snapshot));
  process.stdout.write(`${SNAPSHOT_PATH}: Gateway API ${snapshot.release} (${snapshot.channel}), ${snapshot.crds.length} CRDs\n`);
}
