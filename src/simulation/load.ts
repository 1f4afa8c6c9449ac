import type { SourceFile } from '../validation/engine.ts';
import { fileKindOf } from '../validation/file-kind.ts';
import { parseYaml } from '../validation/parse-yaml.ts';
import { type Resource, toResources } from '../validation/resource.ts';

/**
 * Manifests → resources with the validator's own parser (positions kept, `kind: List` expanded). Only manifest
 * files are read; command files, outputs and CNI configurations have nothing to simulate.
 */
export function resourcesOf(files: SourceFile[]): Resource[] {
  const resources: Resource[] = [];
  for (const file of files) {
    if (fileKindOf(file.name) !== 'manifest') continue;
    const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
    const parsed = parseYaml(text);
    if (parsed.problems.some((p) => p.severity === 'error')) continue;
    resources.push(...toResources(file.name, parsed).resources.filter((r) => !('cniVersion' in r.value)));
  }
  return resources;
}
