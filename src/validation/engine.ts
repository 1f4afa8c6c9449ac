import { GATEWAY_API_GROUP, groupOf, loadGatewayApi } from './crd/bundled.ts';
import { loadCelLibrary } from './crd/cel-library.ts';
import { CrdRegistry } from './crd/definitions.ts';
import { DEFAULT_SERVICE_CIDRS, type ExampleSet } from './example-set.ts';
import { type Ingested, ingestCrdFiles, ingestFiles, toExpectedOutputs } from './ingest.ts';
import { isKubectl, kubectlOf } from './kubectl/kubectl-command.ts';
import type { CommandFile } from './kubectl/shell.ts';
import type { ExpectedOutput } from './output/expected-output.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import { compareProblems, type Emit, fileStart, problemCollector } from './problem.ts';
import { type Resource, toResources } from './resource.ts';
import { rules } from './rules/index.ts';
import type { ReportInput, RuleEnv } from './rules/rule.ts';
import { isServed, KUBERNETES_VERSION, kindKey, loadValidators } from './schema/kubernetes.ts';
import type { Lang, Mode, Report } from './types.ts';

/**
 * The core of the validator: text in, problems out. No file system access here (see read-files.ts), so the same code
 * runs in the CLI, in tests and, bundled, in a browser. A run: each file read by its kind (ingest.ts), the CRDs and the
 * example set built from all of them, the schemas they need loaded, then every rule over its subjects (runRules).
 */

export interface SourceFile {
  /** The path shown in problems (relative to the working directory for the CLI). */
  name: string;
  text: string;
}

export interface EngineOptions {
  mode?: Mode;
  lang?: Lang;
  /** Files of the example set relative to its root (posix), for `kubectl apply -f` targets. */
  knownFiles?: Iterable<string>;
  /** Resources from outside this batch (the published example set, for the playground). */
  contextResources?: Resource[];
  serviceCidrs?: string[];
  /** For loose files: `kubectl -f` paths that exist from the working directory also count (the CLI passes one). */
  fileExists?: (path: string) => boolean;
  /** Files that only provide CustomResourceDefinitions (`--crd`): read for their CRDs, not validated or counted. */
  crdFiles?: SourceFile[];
}

export async function validateFiles(files: SourceFile[], options: EngineOptions = {}): Promise<Report> {
  const mode = options.mode ?? 'loose';
  const { problems, emit } = problemCollector(mode, options.lang ?? 'en');
  const ingested = await ingestFiles(files, emit);
  const crdFiles = ingestCrdFiles(options.crdFiles ?? [], emit);
  const { resources, commandFiles } = ingested;
  const hasKubectl = commandFiles.some((f) => f.commands.some(isKubectl));
  const crds = await buildCrdRegistry([...resources, ...(options.contextResources ?? [])], crdFiles, hasKubectl);
  const set = buildSet(resources, commandFiles, options, crds);
  await loadSchemasFor(set, resources, crds);
  runRules(ingested, toExpectedOutputs(ingested.outputs, commandFiles), { mode, set, crds }, emit);
  problems.sort(compareProblems);
  return { kubernetesVersion: KUBERNETES_VERSION, files: files.length, resources: resources.length, problems };
}

/** The schemas of the built-in kinds the run has, and the CEL library if a custom resource has a CRD schema to run. */
async function loadSchemasFor(set: ExampleSet, resources: Resource[], crds: CrdRegistry): Promise<void> {
  await loadValidators(new Set(set.resources.filter((r) => isServed(r.apiVersion, r.kind)).map((r) => kindKey(r.apiVersion, r.kind))));
  if (crds.size > 0 && resources.some((r) => !isServed(r.apiVersion, r.kind) && crds.lookup(r.apiVersion, r.kind)?.version))
    await loadCelLibrary();
}

/** Every rule over the subjects of its target, in registry order. */
function runRules(ingested: Ingested, outputs: ExpectedOutput[], env: RuleEnv, emit: Emit): void {
  for (const rule of rules) {
    const report = (input: ReportInput) => emit(rule.id, input);
    // A rule that throws (a bug, or input deeper than the stack) becomes a problem of that rule, never a crash.
    const guard = (file: string, check: () => void) => {
      try {
        check();
      } catch (error) {
        emit(rule.id, {
          at: fileStart(file),
          messageId: 'rule.failed',
          params: { rule: rule.id, detail: error instanceof Error ? error.message : String(error) },
        });
      }
    };
    switch (rule.target) {
      case 'resource':
        for (const resource of ingested.resources) guard(resource.file, () => rule.check(resource, report, env));
        break;
      case 'cni':
        for (const config of ingested.cniConfigs) guard(config.file, () => rule.check(config, report, env));
        break;
      case 'command':
        for (const file of ingested.commandFiles)
          for (const command of file.commands) guard(file.file, () => rule.check(command, report, env, file));
        break;
      case 'output':
        for (const output of outputs) guard(output.file, () => rule.check(output, report, env));
        break;
      default:
        // Stage rules are reported by the stages themselves (ingest.ts, read-files.ts).
        break;
    }
  }
}

/**
 * Bundled snapshots first, then `--crd` files, then the CRDs of the run itself: a later definition of a kind wins.
 * The Gateway API snapshot is loaded for its objects, and for kubectl command files (`kubectl get httproutes`).
 */
async function buildCrdRegistry(
  resources: Resource[],
  crdFiles: { name: string; parsed: ParsedYaml }[],
  hasKubectl: boolean,
): Promise<CrdRegistry> {
  const registry = new CrdRegistry();
  if (hasKubectl || resources.some((r) => groupOf(r.apiVersion) === GATEWAY_API_GROUP))
    for (const crd of await loadGatewayApi()) registry.add(crd);
  for (const file of crdFiles) registry.addResources(toResources(file.name, file.parsed).resources);
  registry.addResources(resources);
  return registry;
}

function buildSet(resources: Resource[], commandFiles: CommandFile[], options: EngineOptions, crds: CrdRegistry): ExampleSet {
  const all = [...resources, ...(options.contextResources ?? [])];
  const kubectlCommands = commandFiles.flatMap((file) =>
    file.commands.flatMap((c) => {
      const read = kubectlOf(c, crds.resourceTypes());
      return read ? [{ ...read, file: file.file }] : [];
    }),
  );
  const namespaces = new Set<string>();
  for (const r of all) if (r.kind === 'Namespace' && r.name) namespaces.add(r.name);
  for (const c of kubectlCommands) for (const o of c.creates) if (o.kind === 'Namespace') namespaces.add(o.name);
  const set: ExampleSet = {
    resources: all,
    namespaces,
    files: new Set(options.knownFiles ?? []),
    kubectlCommands,
    serviceCidrs: options.serviceCidrs ?? DEFAULT_SERVICE_CIDRS,
  };
  // The example set is checked against itself only; a reader's loose files may name any file they have.
  if (options.fileExists && options.mode !== 'example-set') set.fileExists = options.fileExists;
  return set;
}

/** One text, as the playground validates the editor's content. */
export async function validateText(text: string, fileName: string, context: EngineOptions = {}): Promise<Report> {
  return validateFiles([{ name: fileName, text }], context);
}
