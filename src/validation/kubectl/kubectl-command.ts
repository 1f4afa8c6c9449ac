import { readArguments } from './kubectl-arguments.ts';
import { parseFlagWord, splitShorthandGroup } from './kubectl-flags.ts';
import type { ObjectKind } from './object-names.ts';
import { KUBECTL_PROGRAMS } from './programs.ts';
import type { ShellCommand, Word } from './shell.ts';
import { type CommandSpec, type FlagSpec, kubectlSnapshot, type ResourceType } from './snapshot.ts';

/**
 * Reads a kubectl command line the way cobra/pflag do, against the committed snapshot of kubectl's help: the
 * (sub)command, every flag with its spec and value, the positional arguments and what they name (resource types,
 * object names, -f files), and the parts it could not resolve. It only reads: whether kubectl would accept the line is
 * for the kubectl/* rules to decide, each from this one reading.
 */

export interface ReadFlag {
  spec: FlagSpec;
  /** undefined for a bool flag without `=value`, and for a flag whose value is missing (the line ends). */
  value: string | undefined;
  /** The word holding the value (`-o wide`: `wide`; `--replicas=3`: the flag itself); the flag's word if none. */
  word: Word;
}

/** A flag word that names no flag of the command read so far nor a global one. */
export interface UnknownFlag {
  word: Word;
  /** The name as written, without dashes and value (`nmespace` of `--nmespace=x`, `z` of `-z`). */
  name: string;
  long: boolean;
  /** The command path when the flag was read, and the flags kubectl knew there (the command's and the global ones). */
  path: string[];
  available: FlagSpec[];
}

/** The word where reading stopped: neither a (sub)command of the path read so far nor an argument of it. */
export interface UnknownCommandWord {
  word: Word;
  /** The (sub)commands kubectl has at that point: of the path, or the top-level commands when the path is empty. */
  subcommands: string[];
}

/** A word read as a resource type (`svc`, `deployments.apps`, one of `svc,deploy`, the TYPE of TYPE/NAME). */
export interface TypeWord {
  token: string;
  word: Word;
  /** The type it resolves to (built-in or custom); undefined for a category such as `all`, or an unknown type. */
  type: ResourceType | undefined;
  /** A category (`all`): accepted wherever types are, though it is not a type. */
  category: boolean;
}

/** A word read as an object name, where its kind is known (after a type that resolved, or made by create/run). */
export interface NameWord {
  name: string;
  word: Word;
  /** undefined for a Pod named without a type (exec, logs) and for `kubectl run NAME`. */
  kind: ObjectKind | undefined;
}

export interface ObjectRef {
  type: ResourceType;
  name: string;
  namespace: string | undefined;
  word: Word;
}

export interface KubectlCommand {
  /** The resolved command path (`['create', 'deployment']`), aliases replaced by the command's name. */
  path: string[];
  spec: CommandSpec | undefined;
  /** Every known flag in the order written; grouped shorthands (`-it`) as one entry each. */
  flags: ReadFlag[];
  positionals: Word[];
  /** Positionals before `--` (cobra's ArgsLenAtDash); the rest is a command for the container. */
  beforeDash: number;
  /** Whether the line has a `--` at all (`kubectl exec pod -- ls` versus the rejected `kubectl exec pod ls`). */
  dash: boolean;
  namespace: string | undefined;
  /** The values of -f/--filename. */
  files: Word[];
  /** The -o/--output flags (also in flags) of a command whose -o lists its formats (the flag spec has `values`). */
  outputs: ReadFlag[];
  /** Words read as resource types, and as object names of a known kind, in the order read. */
  types: TypeWord[];
  names: NameWord[];
  /** port-forward's [LOCAL_PORT:]REMOTE_PORT words. */
  ports: Word[];
  /** Objects named on the command line with a valid name (`service/frontend`, `svc frontend`). */
  objects: ObjectRef[];
  /** Objects the command creates (`create namespace x`, `expose deployment frontend` → Service frontend). */
  creates: { kind: string; name: string; namespace: string | undefined }[];
  /** Where kubectl would stop before reading the arguments (an unknown command or subcommand): the rest is not read. */
  unknownCommand: UnknownCommandWord | undefined;
  unknownFlags: UnknownFlag[];
}

/** Whether a command runs kubectl (by any of its names). */
export function isKubectl(command: ShellCommand): boolean {
  return KUBECTL_PROGRAMS.has(command.program.text);
}

const readOnce = new WeakMap<ShellCommand, KubectlCommand>();

/**
 * A shell command read as kubectl, once per command however many rules ask; undefined for other programs. `custom`:
 * the run's custom resource types (every caller of one run passes the same ones, the engine first).
 */
export function kubectlOf(command: ShellCommand, custom: readonly ResourceType[] = []): KubectlCommand | undefined {
  if (!isKubectl(command)) return undefined;
  let read = readOnce.get(command);
  if (!read) {
    read = readKubectl(command.args, custom);
    readOnce.set(command, read);
  }
  return read;
}

function readKubectl(words: Word[], custom: readonly ResourceType[] = []): KubectlCommand {
  // A copy: grouped shorthands (`-it`) are split into it without touching the caller's words.
  const args = [...words];
  const command: KubectlCommand = {
    path: [],
    spec: undefined,
    flags: [],
    positionals: [],
    beforeDash: -1,
    dash: false,
    namespace: undefined,
    files: [],
    outputs: [],
    types: [],
    names: [],
    ports: [],
    objects: [],
    creates: [],
    unknownCommand: undefined,
    unknownFlags: [],
  };
  const { path, flags, positionals } = command;
  let node: Record<string, CommandSpec> = kubectlSnapshot().commands;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.text;
    if (command.dash) {
      positionals.push(word);
      continue;
    }
    if (text === '--') {
      command.dash = true;
      command.beforeDash = positionals.length;
      continue;
    }
    if (text.startsWith('-') && text.length > 1 && !/^-\d/.test(text)) {
      const available = [...(command.spec?.flags ?? []), ...kubectlSnapshot().globalFlags];
      // pflag reads `-it` as `-i -t` when -i is a bool: boolean shorthands can be grouped, the last one may take a value.
      const grouped = splitShorthandGroup(text, available);
      if (grouped.length > 1) {
        for (const name of grouped.slice(0, -1)) {
          flags.push({ spec: available.find((f) => f.shorthand === name)!, value: undefined, word });
        }
        args.splice(i + 1, 0, { ...word, text: `-${grouped.at(-1)}` });
        continue;
      }
      const parsed = parseFlagWord(text);
      const flag = available.find((f) => (parsed.long ? f.name === parsed.name : f.shorthand === parsed.name));
      if (!flag) {
        command.unknownFlags.push({ word, name: parsed.name, long: parsed.long, path: [...path], available });
        // An unknown flag's value cannot be told from a positional: skip a following non-flag word if it has no '='.
        continue;
      }
      let value = parsed.value;
      let valueWord = word;
      if (value === undefined && flag.type !== 'bool') {
        const next = args[i + 1];
        if (next) {
          value = next.text;
          valueWord = next;
          i++;
        }
      }
      const read = { spec: flag, value, word: valueWord };
      flags.push(read);
      if (flag.name === 'output' && flag.values !== undefined) command.outputs.push(read);
      continue;
    }
    const sub = findSub(node, text);
    if (sub && positionals.length === 0) {
      path.push(sub.name);
      command.spec = sub.spec;
      node = sub.spec.subcommands;
      continue;
    }
    // kubectl refuses an unknown command, and an unknown subcommand of a command that only groups others, before it
    // reads any argument: the rest of the line is not read.
    const groupOnly = Object.keys(node).length > 0 && positionals.length === 0 && !/\b(NAME|TYPE)\b/.test(command.spec?.usage ?? '');
    if (path.length === 0 || groupOnly) {
      command.unknownCommand = { word, subcommands: Object.keys(node) };
      command.beforeDash = positionals.length;
      return command;
    }
    positionals.push(word);
  }
  if (command.beforeDash < 0) command.beforeDash = positionals.length;
  command.namespace = flags.find((f) => f.spec.name === 'namespace')?.value;
  command.files = flags.filter((f) => f.spec.name === 'filename' && f.value !== undefined).map((f) => f.word);
  readArguments(command, custom);
  return command;
}

function findSub(node: Record<string, CommandSpec>, text: string): { name: string; spec: CommandSpec } | undefined {
  for (const [name, spec] of Object.entries(node)) if (name === text || spec.aliases.includes(text)) return { name, spec };
  return undefined;
}
