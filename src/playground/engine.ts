import { GATEWAY_API_GROUP, groupOf, loadGatewayApi } from '../validation/crd/bundled.ts';
import { validateText } from '../validation/engine.ts';
import { fileKindOf } from '../validation/file-kind.ts';
import { parseYaml } from '../validation/parse-yaml.ts';
import { type Resource, toResources } from '../validation/resource.ts';
import { isServed, kindKey, loadValidators } from '../validation/schema/kubernetes.ts';
import type { Lang, Problem } from '../validation/types.ts';
import type { ExampleSetFile } from './example-set.ts';

/**
 * The browser entry of the validation engine: the same core as `npm run validate` (`validateText`, no file system),
 * with the published example set as context so cross-file rules see the Deployments and Namespaces a Service needs.
 *
 * Mode `loose`, as for a reader's own files on the command line: what the API server would reject is an error;
 * cross-file and policy rules are warnings. The published examples pass both, so an untouched example shows none.
 */
export interface BrowserReport {
  kubernetesVersion: string;
  resources: number;
  problems: Problem[];
}

/** The published example set, parsed: resources by example file. */
export type ExampleContext = Map<string, Resource[]>;

/**
 * Parses the example set and loads the schema validators of its kinds (lazy chunks) once, before any time limit
 * applies: a slow network must not look like a slow validation.
 */
export async function prepareContext(set: ExampleSetFile[]): Promise<ExampleContext> {
  const context: ExampleContext = new Map();
  for (const { file, text } of set) {
    if (fileKindOf(file) !== 'manifest') continue;
    context.set(file, toResources(`examples/${file}`, parseYaml(text)).resources);
  }
  const resources = [...context.values()].flat();
  const kinds = resources.filter((r) => isServed(r.apiVersion, r.kind));
  await loadValidators(new Set(kinds.map((r) => kindKey(r.apiVersion, r.kind))));
  if (resources.some((r) => groupOf(r.apiVersion) === GATEWAY_API_GROUP)) await loadGatewayApi();
  return context;
}

export async function validateInBrowser(text: string, file: string, lang: Lang, context: ExampleContext): Promise<BrowserReport> {
  // The edited text stands in for its own example file; every other example is context.
  const contextResources = [...context].filter(([name]) => name !== file).flatMap(([, resources]) => resources);
  const report = await validateText(text, file, { mode: 'loose', lang, contextResources });
  return { kubernetesVersion: report.kubernetesVersion, resources: report.resources, problems: report.problems };
}
