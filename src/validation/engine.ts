import { type CniConfig, looksLikeCni, toCniConfigs } from './cni/cni-config.ts';
import { GATEWAY_API_GROUP, groupOf, loadGatewayApi } from './crd/bundled.ts';
import { loadCelLibrary } from './crd/cel-library.ts';
import { CrdRegistry } from './crd/definitions.ts';
import { DEFAULT_SERVICE_CIDRS, type ExampleSet } from './example-set.ts';
import { fileKindOf } from './file-kind.ts';
import { isKubectl, kubectlOf } from './kubectl/kubectl-command.ts';
import { type CommandFile, loadShellParser, parseCommandFile } from './kubectl/shell.ts';
import { type ExpectedOutput, toExpectedOutput } from './output/expected-output.ts';
import { commandFileOf } from './output/output-files.ts';
import { parseStrictJson } from './parse-json.ts';
import { type ParsedYaml, parseYaml } from './parse-yaml.ts';
import { compareProblems, fileStart, problemCollector } from './problem.ts';
import { type Resource, toResources } from './resource.ts';
import { rules } from './rules/index.ts';
import type { ReportInput, RuleEnv } from './rules/rule.ts';
import { wordShellError } from './rules/sh/syntax/wording.ts';
import { isServed, KUBERNETES_VERSION, kindKey, loadValidators } from './schema/kubernetes.ts';
import type { Lang, Mode, Report } from './types.ts';

/**
 * The core of the validator: text in, problems out. No file system access here (see read-files.ts), so the same code
 * runs in the CLI, in tests and, bundled, in a browser.
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

export interface EngineResult extends Report {}

export async function validateFiles(files: SourceFile[], options: EngineOptions = {}): Promise<EngineResult> {
  const mode = options.mode ?? 'loose';
  const lang = options.lang ?? 'en';
  const { problems, emit } = problemCollector(mode, lang);

  const resources: Resource[] = [];
  const cniConfigs: CniConfig[] = [];
  const commandFiles: CommandFile[] = [];
  const outputs: { name: string; text: string }[] = [];

  if (files.some((f) => fileKindOf(f.name) === 'shell')) await loadShellParser();
  for (const source of files) {
    const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
    const kind = fileKindOf(source.name);
    if (kind === 'ignored') continue;
    if (kind === 'unsupported') {
      emit('file/unsupported', { at: fileStart(source.name), params: { file: source.name } });
      continue;
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0 || text.includes('\ufffd')) {
      emit('file/binary', { at: fileStart(source.name) });
      continue;
    }
    if (kind === 'shell') {
      const parsed = parseCommandFile(source.name, text);
      for (const p of parsed.placeholders)
        emit('sh/placeholder', { at: parsed.at(p.position), params: { placeholder: p.text }, found: p.text });
      for (const e of parsed.syntaxErrors) emit('sh/syntax', { at: parsed.at(e.position), ...wordShellError(e.message) });
      commandFiles.push(parsed);
      continue;
    }
    if (kind === 'output') {
      outputs.push({ name: source.name, text });
      continue;
    }
    // CNI configurations are JSON for libcni (Go encoding/json): read strictly, not as YAML.
    const mayBeCniJson = source.name.toLowerCase().endsWith('.json') || source.name === '<stdin>';
    const parsed = kind === 'cni' ? parseStrictJson(text) : parseYaml(text);
    const isCni = kind === 'cni' || (mayBeCniJson && parsed.documents.some((d) => looksLikeCni(d.value)));
    const final = isCni && kind !== 'cni' ? parseStrictJson(text) : parsed;
    for (const p of final.problems)
      emit(p.ruleId, {
        at: { file: source.name, position: p.at, path: '' },
        messageId: p.messageId,
        params: p.params,
        severity: p.severity,
      });
    if (isCni) {
      cniConfigs.push(...toCniConfigs(source.name, final));
      continue;
    }
    const split = toResources(source.name, parsed);
    for (const p of split.problems) emit(p.ruleId, { at: p.location });
    resources.push(...split.resources);
  }

  // A --crd file that does not parse is reported (its CRDs are missing, so their kinds would be unknown for no visible reason).
  const crdFiles = (options.crdFiles ?? []).map((file) => {
    const parsed = parseYaml(file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
    for (const p of parsed.problems)
      emit(p.ruleId, { at: { file: file.name, position: p.at, path: '' }, messageId: p.messageId, params: p.params, severity: p.severity });
    return { name: file.name, parsed };
  });
  const allResources = [...resources, ...(options.contextResources ?? [])];
  const hasKubectl = commandFiles.some((f) => f.commands.some(isKubectl));
  const crds = await buildCrdRegistry(allResources, crdFiles, hasKubectl);
  const set = buildSet(resources, commandFiles, options, crds);
  await loadValidators(new Set(set.resources.filter((r) => isServed(r.apiVersion, r.kind)).map((r) => kindKey(r.apiVersion, r.kind))));
  if (crds.size > 0 && resources.some((r) => !isServed(r.apiVersion, r.kind) && crds.lookup(r.apiVersion, r.kind)?.version))
    await loadCelLibrary();
  const env: RuleEnv = { mode, set, crds };

  const expectedOutputs: ExpectedOutput[] = outputs.map(({ name, text }) => {
    const shName = commandFileOf(name) ?? name;
    const commandFile = commandFiles.find((f) => f.file === shName);
    const command = commandFile ? commandFile.commands.filter((c) => !c.nested).at(-1) : undefined;
    return toExpectedOutput(name, text, commandFile?.file, command);
  });

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
        for (const resource of resources) guard(resource.file, () => rule.check(resource, report, env));
        break;
      case 'cni':
        for (const config of cniConfigs) guard(config.file, () => rule.check(config, report, env));
        break;
      case 'command':
        for (const file of commandFiles)
          for (const command of file.commands) guard(file.file, () => rule.check(command, report, env, file));
        break;
      case 'output':
        for (const output of expectedOutputs) guard(output.file, () => rule.check(output, report, env));
        break;
      default:
        break;
    }
  }
  problems.sort(compareProblems);
  return { kubernetesVersion: KUBERNETES_VERSION, files: files.length, resources: resources.length, problems };
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
