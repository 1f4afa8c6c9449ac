import { closest, distance } from 'fastest-levenshtein';
import { checkName as checkKindName, nameSyntaxOf, nameSyntaxOfKind } from '../k8s/kind-names.ts';
import type { ShellCommand, Word } from './shell.ts';
import { type CommandSpec, type FlagSpec, type ResourceType, resolveResourceType, resourceTypeNames, snapshot } from './snapshot.ts';

/**
 * Reads a kubectl command line the way cobra/pflag do, against the committed snapshot of kubectl's help: finds the
 * (sub)command, every flag and its value, and the positional arguments. Findings are values; the kubectl/* rules pick
 * theirs by id.
 */

export interface Finding {
  ruleId: string;
  messageId?: string;
  word: Word;
  params: Record<string, string | number>;
  expected?: string;
  found?: string;
}

export interface ObjectRef {
  type: ResourceType;
  name: string;
  namespace: string | undefined;
  word: Word;
}

export interface KubectlCommand {
  path: string[];
  spec: CommandSpec | undefined;
  flags: { spec: FlagSpec; value: string | undefined; word: Word }[];
  positionals: Word[];
  /** Objects named on the command line (`service/frontend`, `svc frontend`). */
  objects: ObjectRef[];
  /** Objects the command creates (`create namespace x`, `expose deployment frontend` → Service frontend). */
  creates: { kind: string; name: string; namespace: string | undefined }[];
  files: Word[];
  namespace: string | undefined;
  findings: Finding[];
  /** Positionals before `--` (cobra's ArgsLenAtDash); the rest is a command for the container. */
  beforeDash: number;
  /** Whether the line has a `--` at all (`kubectl exec pod -- ls` versus the rejected `kubectl exec pod ls`). */
  dash: boolean;
}

const RESOURCE_COMMANDS = new Set([
  'get',
  'describe',
  'delete',
  'edit',
  'label',
  'annotate',
  'patch',
  'scale',
  'wait',
  'expose',
  'autoscale',
  'explain',
]);
const ONE_OBJECT_COMMANDS = new Set(['port-forward', 'exec', 'logs', 'attach']);
const FORMATS_NEEDING_ARGUMENT = new Set([
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
  'custom-columns',
  'custom-columns-file',
  'go-template',
  'go-template-file',
  'template',
  'templatefile',
]);
const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$|^0$/;
/** The names a command line calls kubectl by (`k` is the usual shell alias). */
export const KUBECTL_PROGRAMS = new Set(['kubectl', 'k']);

const readOnce = new WeakMap<ShellCommand, KubectlCommand>();

/**
 * A shell command read as kubectl, once per command however many rules ask; undefined for other programs. `custom`:
 * the run's custom resource types (every caller of one run passes the same ones, the engine first).
 */
export function kubectlOf(command: ShellCommand, custom: readonly ResourceType[] = []): KubectlCommand | undefined {
  if (!KUBECTL_PROGRAMS.has(command.program.text)) return undefined;
  let read = readOnce.get(command);
  if (!read) {
    read = readKubectl(command.args, custom);
    readOnce.set(command, read);
  }
  return read;
}

/** Commands that only dispatch to subcommands (cobra's DefaultSubCommandRun: help and exit 1). */
const ONLY_GROUPS = new Set(['create service', 'create secret', 'set', 'config', 'auth', 'certificate', 'top', 'rollout']);
const ENUMS: Record<string, string[]> = { 'dry-run': ['none', 'server', 'client'], type: ['json', 'merge', 'strategic'] };

/** Custom resource types (from CRDs) known to the command being read; set for the duration of one synchronous read. */
let customTypes: readonly ResourceType[] = [];

export function readKubectl(args: Word[], custom: readonly ResourceType[] = []): KubectlCommand {
  customTypes = custom;
  try {
    return readKubectlCommand(args);
  } finally {
    customTypes = [];
  }
}

function readKubectlCommand(words: Word[]): KubectlCommand {
  // A copy: grouped shorthands (`-it`) are split into it without touching the caller's words.
  const args = [...words];
  const findings: Finding[] = [];
  const path: string[] = [];
  let spec: CommandSpec | undefined;
  let node: Record<string, CommandSpec> = snapshot.commands;
  const flags: KubectlCommand['flags'] = [];
  const positionals: Word[] = [];
  let afterDash = false;
  let beforeDash = -1;
  // A command kubectl would refuse before reading its arguments: what was read so far, with its findings.
  const unresolved = (known: CommandSpec | undefined): KubectlCommand => ({
    path,
    spec: known,
    flags,
    positionals,
    objects: [],
    creates: [],
    files: [],
    namespace: undefined,
    findings,
    beforeDash: positionals.length,
    dash: afterDash,
  });
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.text;
    if (afterDash) {
      positionals.push(word);
      continue;
    }
    if (text === '--') {
      afterDash = true;
      beforeDash = positionals.length;
      continue;
    }
    if (text.startsWith('-') && text.length > 1 && !/^-\d/.test(text)) {
      const available = [...(spec?.flags ?? []), ...snapshot.globalFlags];
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
        const names = available.map((f) => f.name);
        const best = parsed.long && names.length ? closest(parsed.name, names) : undefined;
        const suggestion = best && distance(best, parsed.name) <= Math.max(2, Math.floor(parsed.name.length / 3)) ? best : undefined;
        findings.push({
          ruleId: 'kubectl/unknown-flag',
          messageId: suggestion ? 'kubectl/unknown-flag.suggest' : 'kubectl/unknown-flag',
          word,
          params: {
            flag: parsed.long ? `--${parsed.name}` : `-${parsed.name}`,
            command: ['kubectl', ...path].join(' '),
            ...(suggestion ? { suggestion: `--${suggestion}` } : {}),
          },
          found: text,
          expected: suggestion ? `--${suggestion}` : undefined,
        });
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
        } else {
          findings.push({
            ruleId: 'kubectl/flag-value',
            messageId: 'kubectl/flag-value.missing',
            word,
            params: { flag: `--${flag.name}`, type: flag.type },
            expected: flag.type,
          });
        }
      }
      flags.push({ spec: flag, value, word: valueWord });
      if (value !== undefined && !valueWord.hasExpansion) checkValue(flag, value, valueWord, findings);
      continue;
    }
    const sub = findSub(node, text);
    if (sub && positionals.length === 0) {
      path.push(sub.name);
      spec = sub.spec;
      node = sub.spec.subcommands;
      continue;
    }
    if (path.length === 0) {
      findings.push({
        ruleId: 'kubectl/unknown-command',
        word,
        params: { command: text, suggestion: closest(text, Object.keys(snapshot.commands)) },
        found: text,
        expected: closest(text, Object.keys(snapshot.commands)),
      });
      return unresolved(undefined);
    }
    if (Object.keys(node).length > 0 && positionals.length === 0 && !/\b(NAME|TYPE)\b/.test(spec?.usage ?? '')) {
      findings.push({
        ruleId: 'kubectl/unknown-command',
        messageId: 'kubectl/unknown-command.sub',
        word,
        params: { command: ['kubectl', ...path].join(' '), sub: text, available: Object.keys(node).join(', ') },
        found: text,
        expected: Object.keys(node).join(', '),
      });
      return unresolved(spec);
    }
    positionals.push(word);
  }
  const namespace = flags.find((f) => f.spec.name === 'namespace')?.value;
  const files = flags.filter((f) => f.spec.name === 'filename' && f.value !== undefined).map((f) => f.word);
  const command: KubectlCommand = {
    path,
    spec,
    flags,
    positionals,
    objects: [],
    creates: [],
    files,
    namespace,
    findings,
    beforeDash: beforeDash < 0 ? positionals.length : beforeDash,
    dash: afterDash,
  };
  readPositionals(command);
  checkRequired(command, args);
  return command;
}

/**
 * Required arguments, read from the usage line kubectl prints: a subcommand when the command only groups others,
 * NAME (`create deployment NAME`), the object (`(POD | TYPE/NAME)`, `TYPE/NAME`, `(TYPE …)`), ports
 * (`REMOTE_PORT`), or files (`-f FILENAME`), each satisfied as cobra would be (by -f, -k or -l where the usage allows).
 */
function checkRequired(command: KubectlCommand, args: Word[]) {
  const { spec, path } = command;
  if (!spec || path.length === 0 || command.findings.some((f) => f.ruleId === 'kubectl/unknown-command')) return;
  const at = args[args.length - 1]!;
  const has = (...names: string[]) => command.flags.some((f) => names.includes(f.spec.name));
  const missing = (what: string) =>
    command.findings.push({
      ruleId: 'kubectl/missing-argument',
      word: at,
      params: { command: ['kubectl', ...path].join(' '), what, usage: spec.usage },
      expected: spec.usage,
    });
  if (has('help')) return;
  // Leading optional groups (`[-f] [-p]`, `[(-o|--output=)json|…]`) say nothing about what is required.
  let usage = spec.usage.slice(['kubectl', ...path].join(' ').length).trim();
  while (usage.startsWith('[')) usage = usage.replace(/^\[[^\]]*(\[[^\]]*\][^\]]*)*\]\s*/, '');
  const count = command.beforeDash;
  const subcommands = Object.keys(spec.subcommands);
  if (
    subcommands.length > 0 &&
    (usage.startsWith('SUBCOMMAND') || subcommands.includes(/^\((\S+)/.exec(usage)?.[1] ?? '') || ONLY_GROUPS.has(path.join(' ')))
  ) {
    missing(subcommands.join(' | '));
    return;
  }
  if (/^(NAME|[A-Z_]+_NAME)\b/.test(usage) && count === 0) missing(usage.split(' ')[0]!);
  else if (
    /^\((POD \| )?TYPE\/NAME\)|^TYPE\/NAME\b/.test(usage) &&
    !/REMOTE_PORT/.test(usage) &&
    count === 0 &&
    !has('selector', 'filename')
  )
    missing('POD or TYPE/NAME');
  else if (/REMOTE_PORT/.test(usage) && count < 2)
    missing(count === 0 ? 'TYPE/NAME and [LOCAL_PORT:]REMOTE_PORT' : '[LOCAL_PORT:]REMOTE_PORT');
  else if (
    /^\((-f FILENAME \| )?TYPE\b|^\(\[-f FILENAME\] \| \[-k DIRECTORY\] \| TYPE\b|^TYPE\b/.test(usage) &&
    count === 0 &&
    !has('filename', 'kustomize')
  )
    missing('TYPE');
  else if (/^\(?-f FILENAME\b/.test(usage) && !/\| TYPE/.test(usage) && !has('filename', 'kustomize')) missing('-f FILENAME');
}

function findSub(node: Record<string, CommandSpec>, text: string): { name: string; spec: CommandSpec } | undefined {
  for (const [name, spec] of Object.entries(node)) if (name === text || spec.aliases.includes(text)) return { name, spec };
  return undefined;
}

/** `-it` → ['i', 't'] when every shorthand but the last is a bool flag; anything else stays one word (['i'] or []). */
function splitShorthandGroup(text: string, available: FlagSpec[]): string[] {
  if (text.startsWith('--') || text.includes('=') || text.length < 3) return [];
  const names: string[] = [];
  for (const name of text.slice(1)) {
    const flag = available.find((f) => f.shorthand === name);
    names.push(name);
    if (flag?.type !== 'bool') break;
  }
  return names.length === text.length - 1 && names.slice(0, -1).every((n) => available.find((f) => f.shorthand === n)?.type === 'bool')
    ? names
    : [];
}

function parseFlagWord(text: string): { long: boolean; name: string; value: string | undefined } {
  if (text.startsWith('--')) {
    const eq = text.indexOf('=');
    return eq < 0
      ? { long: true, name: text.slice(2), value: undefined }
      : { long: true, name: text.slice(2, eq), value: text.slice(eq + 1) };
  }
  const name = text.charAt(1);
  const rest = text.slice(2);
  return { long: false, name, value: rest === '' ? undefined : rest.replace(/^=/, '') };
}

function checkValue(flag: FlagSpec, value: string, word: Word, findings: Finding[]) {
  const bad = (expected: string) =>
    findings.push({ ruleId: 'kubectl/flag-value', word, params: { flag: `--${flag.name}`, value, expected }, expected, found: value });
  if (flag.name === 'output' && flag.values) {
    const format = value.includes('=') ? value.slice(0, value.indexOf('=')) : value;
    if (!flag.values.includes(format)) {
      findings.push({
        ruleId: 'kubectl/output-format',
        word,
        params: { format: value, formats: flag.values.join(', ') },
        expected: flag.values.join(', '),
        found: value,
      });
    } else if (FORMATS_NEEDING_ARGUMENT.has(format) && !value.includes('=')) {
      findings.push({
        ruleId: 'kubectl/output-format',
        messageId: 'kubectl/output-format.argument',
        word,
        params: { format },
        expected: `${format}=…`,
        found: value,
      });
    } else if (!FORMATS_NEEDING_ARGUMENT.has(format) && value.includes('=')) {
      findings.push({
        ruleId: 'kubectl/output-format',
        messageId: 'kubectl/output-format.no-argument',
        word,
        params: { format },
        expected: format,
        found: value,
      });
    }
    return;
  }
  switch (flag.type) {
    case 'bool':
      if (value !== 'true' && value !== 'false') bad('true or false');
      break;
    case 'int':
      if (!/^-?\d+$/.test(value)) bad('an integer');
      break;
    case 'float':
      if (!/^-?\d+(\.\d+)?$/.test(value)) bad('a number');
      break;
    case 'duration':
      if (!DURATION.test(value)) bad('a duration such as 30s, 5m or 1h');
      break;
    default: {
      const allowed = ENUMS[flag.name];
      if (allowed && !allowed.includes(value)) bad(allowed.join(', '));
    }
  }
}

/** kubectl's built-in category (`kubectl get all`): not a type, but accepted wherever types are. */
const CATEGORIES = new Set(['all']);

function checkType(token: string, word: Word, findings: Finding[]): ResourceType | undefined {
  if (CATEGORIES.has(token.toLowerCase())) return undefined;
  const type = resolveResourceType(token, customTypes);
  if (!type) {
    const names = resourceTypeNames(customTypes);
    const best = closest(token.toLowerCase(), names);
    const suggestion = distance(best, token.toLowerCase()) <= 2 ? best : undefined;
    findings.push({
      ruleId: 'kubectl/resource-type',
      messageId: suggestion ? 'kubectl/resource-type.suggest' : 'kubectl/resource-type',
      word,
      params: { type: token, ...(suggestion ? { suggestion } : {}) },
      found: token,
      expected: suggestion,
    });
  }
  return type;
}

/** A name as the API server validates it for that kind (path segments for RBAC kinds, DNS-1035 for Services, …). */
function checkName(name: string, word: Word, findings: Finding[], kind?: { apiVersion?: string; kind: string }): boolean {
  const syntax = kind ? (kind.apiVersion ? nameSyntaxOf(kind.apiVersion, kind.kind) : nameSyntaxOfKind(kind.kind)) : 'dns1123-subdomain';
  const problem = name === '' ? 'a name after "/"' : checkKindName(syntax, name);
  if (problem)
    findings.push({ ruleId: 'kubectl/resource-name', word, params: { name, expected: problem }, expected: problem, found: name });
  return !problem;
}

/** TYPE NAME…, TYPE/NAME…, TYPE1,TYPE2 forms, and what create/expose/run make. */
function readPositionals(command: KubectlCommand) {
  const [verb, sub] = command.path;
  const { positionals, findings } = command;
  const namespace = command.namespace;
  const flagValue = (name: string) => command.flags.find((f) => f.spec.name === name)?.value;
  const usable = positionals.slice(0, command.beforeDash).filter((w) => !w.hasExpansion);
  if (verb === undefined) return;
  if (RESOURCE_COMMANDS.has(verb) || (verb === 'rollout' && sub) || (verb === 'set' && sub)) {
    let type: ResourceType | undefined;
    let typeSeen = false;
    usable.forEach((word, index) => {
      // label/annotate take `key=value` and `key-` (removal) after the object.
      if ((verb === 'label' || verb === 'annotate') && index > 0 && (word.text.includes('=') || word.text.endsWith('-'))) return;
      if (verb === 'scale' && index > 0 && word.text.includes('=')) return;
      if (verb === 'set' && index > 0 && word.text.includes('=')) return;
      if (verb === 'patch' || verb === 'explain') if (index > 1) return;
      if (word.text.includes('/')) {
        const [typeToken, ...rest] = word.text.split('/');
        const name = rest.join('/');
        const t = checkType(typeToken!, word, findings);
        if (t && checkName(name, word, findings, t)) command.objects.push({ type: t, name, namespace, word });
        return;
      }
      if (!typeSeen) {
        typeSeen = true;
        if (verb === 'explain') {
          checkType(word.text.split('.')[0]!, word, findings);
          return;
        }
        const types = word.text.split(',');
        type = types.length === 1 ? checkType(word.text, word, findings) : undefined;
        if (types.length > 1) for (const t of types) checkType(t, word, findings);
        return;
      }
      if (type && checkName(word.text, word, findings, type)) command.objects.push({ type, name: word.text, namespace, word });
    });
    if (verb === 'expose' && command.objects[0])
      command.creates.push({ kind: 'Service', name: flagValue('name') ?? command.objects[0].name, namespace });
    return;
  }
  if (ONE_OBJECT_COMMANDS.has(verb)) {
    const first = usable[0];
    if (first) {
      if (first.text.includes('/')) {
        const [typeToken, ...rest] = first.text.split('/');
        const t = checkType(typeToken!, first, findings);
        if (t && checkName(rest.join('/'), first, findings, t))
          command.objects.push({ type: t, name: rest.join('/'), namespace, word: first });
      } else if (checkName(first.text, first, findings)) {
        const pod = resolveResourceType('pods')!;
        command.objects.push({ type: pod, name: first.text, namespace, word: first });
      }
    }
    if (verb === 'port-forward') {
      for (const word of usable.slice(1)) {
        const ports = word.text.split(':');
        const valid =
          ports.length <= 2 &&
          ports.every((p, i) =>
            /^\d+$/.test(p)
              ? Number(p) <= 65535 && (Number(p) >= 1 || (i === 0 && ports.length === 2))
              : i === 0 && ports.length === 2 && p === '',
          );
        if (!valid)
          findings.push({
            ruleId: 'kubectl/flag-value',
            messageId: 'kubectl/flag-value.port',
            word,
            params: { value: word.text },
            expected: '[LOCAL_PORT:]REMOTE_PORT with ports 1-65535',
            found: word.text,
          });
      }
    }
    return;
  }
  if (verb === 'create' && sub) {
    const name = usable[0];
    const kindBySub: Record<string, string> = {
      namespace: 'Namespace',
      deployment: 'Deployment',
      secret: 'Secret',
      configmap: 'ConfigMap',
      service: 'Service',
      serviceaccount: 'ServiceAccount',
      job: 'Job',
      cronjob: 'CronJob',
      ingress: 'Ingress',
      role: 'Role',
      rolebinding: 'RoleBinding',
      clusterrole: 'ClusterRole',
      clusterrolebinding: 'ClusterRoleBinding',
      quota: 'ResourceQuota',
      priorityclass: 'PriorityClass',
      poddisruptionbudget: 'PodDisruptionBudget',
    };
    if (name && kindBySub[sub] && checkName(name.text, name, findings, { kind: kindBySub[sub]! }))
      command.creates.push({ kind: kindBySub[sub]!, name: name.text, namespace });
    return;
  }
  if (verb === 'run') {
    const name = usable[0];
    if (name && checkName(name.text, name, findings)) command.creates.push({ kind: 'Pod', name: name.text, namespace });
  }
}
