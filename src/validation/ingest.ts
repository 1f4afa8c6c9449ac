import { type CniConfig, toCniConfigs } from './cni/cni-config.ts';
import { looksLikeCni } from './cni/detect.ts';
import type { SourceFile } from './engine.ts';
import { fileKindOf } from './file-kind.ts';
import { type CommandFile, loadShellParser, parseCommandFile } from './kubectl/shell.ts';
import { type ExpectedOutput, toExpectedOutput } from './output/expected-output.ts';
import { commandFileOf } from './output/output-files.ts';
import { parseStrictJson } from './parse-json.ts';
import { type ParsedYaml, parseYaml } from './parse-yaml.ts';
import { type Emit, fileStart } from './problem.ts';
import { type Resource, toResources } from './resource.ts';
import { wordShellError } from './rules/sh/syntax/wording.ts';

/**
 * The stages before the rules: each file's text becomes what its kind's rules check (resources, CNI configurations,
 * command files, expected outputs), and what a stage finds on the way (a binary file, a YAML syntax error, a shell
 * placeholder) is emitted as a problem of its stage rule.
 */

export interface Ingested {
  resources: Resource[];
  cniConfigs: CniConfig[];
  commandFiles: CommandFile[];
  /** Expected outputs, paired with their command files once every file is read (see toExpectedOutputs). */
  outputs: SourceFile[];
}

export async function ingestFiles(files: readonly SourceFile[], emit: Emit): Promise<Ingested> {
  const ingested: Ingested = { resources: [], cniConfigs: [], commandFiles: [], outputs: [] };
  // Expected outputs are read against the command that printed them, so they need the shell parser too.
  if (files.some((f) => fileKindOf(f.name) === 'shell' || fileKindOf(f.name) === 'output')) await loadShellParser();
  for (const source of files) ingestFile(source, ingested, emit);
  return ingested;
}

function ingestFile(source: SourceFile, into: Ingested, emit: Emit): void {
  const { name } = source;
  const kind = fileKindOf(name);
  if (kind === 'ignored') return;
  if (kind === 'unsupported') {
    emit('file/unsupported', { at: fileStart(name), params: { file: name } });
    return;
  }
  const text = withoutBom(source.text);
  if (looksBinary(text)) {
    emit('file/binary', { at: fileStart(name) });
    return;
  }
  switch (kind) {
    case 'shell':
      into.commandFiles.push(ingestCommandFile(name, text, emit));
      break;
    case 'output':
      into.outputs.push({ name, text });
      break;
    default:
      ingestDocuments(name, text, kind, into, emit);
  }
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A NUL, or the replacement character a decoder leaves for bytes that are not UTF-8. */
function looksBinary(text: string): boolean {
  return text.includes('\u0000') || text.includes('\ufffd');
}

function ingestCommandFile(name: string, text: string, emit: Emit): CommandFile {
  const parsed = parseCommandFile(name, text);
  for (const p of parsed.placeholders)
    emit('sh/placeholder', { at: parsed.at(p.position), params: { placeholder: p.text }, found: p.text });
  for (const e of parsed.syntaxErrors) emit('sh/syntax', { at: parsed.at(e.position), ...wordShellError(e.message) });
  return parsed;
}

/** A manifest (YAML, or JSON that is YAML too) or a CNI configuration; a `.json` file is the latter if it looks like one. */
function ingestDocuments(name: string, text: string, kind: 'manifest' | 'cni', into: Ingested, emit: Emit): void {
  // CNI configurations are JSON for libcni (Go encoding/json): read strictly, not as YAML.
  const mayBeCniJson = name.toLowerCase().endsWith('.json') || name === '<stdin>';
  const parsed = kind === 'cni' ? parseStrictJson(text) : parseYaml(text);
  const isCni = kind === 'cni' || (mayBeCniJson && parsed.documents.some((d) => looksLikeCni(d.value)));
  const final = isCni && kind !== 'cni' ? parseStrictJson(text) : parsed;
  emitParseProblems(name, final, emit);
  if (isCni) {
    into.cniConfigs.push(...toCniConfigs(name, final));
    return;
  }
  const split = toResources(name, parsed);
  for (const p of split.problems) emit(p.ruleId, { at: p.location });
  into.resources.push(...split.resources);
}

function emitParseProblems(name: string, parsed: ParsedYaml, emit: Emit): void {
  for (const p of parsed.problems)
    emit(p.ruleId, { at: { file: name, position: p.at, path: '' }, messageId: p.messageId, params: p.params, severity: p.severity });
}

/**
 * The `--crd` files, parsed for their definitions only. One that does not parse is reported: its CRDs are missing, so
 * their kinds would be unknown for no visible reason.
 */
export function ingestCrdFiles(files: readonly SourceFile[], emit: Emit): { name: string; parsed: ParsedYaml }[] {
  return files.map((file) => {
    const parsed = parseYaml(withoutBom(file.text));
    emitParseProblems(file.name, parsed, emit);
    return { name: file.name, parsed };
  });
}

/** Each expected output with the command it shows: the last top-level command of its command file. */
export function toExpectedOutputs(outputs: readonly SourceFile[], commandFiles: readonly CommandFile[]): ExpectedOutput[] {
  return outputs.map(({ name, text }) => {
    const shName = commandFileOf(name) ?? name;
    const commandFile = commandFiles.find((f) => f.file === shName);
    const command = commandFile ? commandFile.commands.filter((c) => !c.nested).at(-1) : undefined;
    return toExpectedOutput(name, text, commandFile?.file, command);
  });
}
