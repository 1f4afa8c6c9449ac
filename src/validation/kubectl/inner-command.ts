import type { KubectlCommand } from './kubectl-command.ts';
import { parseCommandFile, type Word } from './shell.ts';

/**
 * The command a kubectl line runs somewhere else: after `--` of `kubectl exec` (in a container of a Pod),
 * `kubectl debug` (in the debugging container; on the node for node/NAME) and `kubectl run --command`. Wrappers that
 * only change where or as whom it runs (`chroot DIR`, `sudo`, `env VAR=…`) are unwrapped, so `program` is the one
 * that does the work. Which of these programs the checker reads further is decided here too (`serviceReferences`).
 */
export interface InnerCommand {
  verb: 'exec' | 'debug' | 'run';
  /** Where it runs, for messages: the TYPE/NAME or Pod name kubectl was given. */
  where: string;
  program: Word;
  args: Word[];
  /** `kubectl run -- …` without --command: the words are arguments for the image's entrypoint, not a command. */
  entrypointArgs: boolean;
  /** The namespace short Service names resolve in: the line's -n, or default. */
  namespace: string;
}

export function innerCommandOf(read: KubectlCommand): InnerCommand | undefined {
  const verb = read.path[0];
  if ((verb !== 'exec' && verb !== 'debug' && verb !== 'run') || !read.dash) return undefined;
  const words = unwrap(read.positionals.slice(read.beforeDash));
  const [program, ...args] = words;
  if (!program || program.hasExpansion) return undefined;
  const command = read.flags.find((f) => f.spec.name === 'command');
  return {
    verb,
    where: read.positionals[0]?.text ?? '',
    program,
    args,
    entrypointArgs: verb === 'run' && (!command || command.value === 'false'),
    namespace: read.namespace ?? 'default',
  };
}

/** Once per kubectl line however many kubectl/inner-* rules ask: an `sh -c` script is parsed once. */
const readOnce = new WeakMap<KubectlCommand, InnerCommand[]>();

/**
 * The commands a line runs elsewhere: the inner command itself, or, for `sh -c 'script'` / `bash -c 'script'`, the
 * commands of the script (parsed with the same shell parser, positions mapped back into the file). The shell is not
 * returned then: its script has been read.
 */
export function innerCommandsOf(read: KubectlCommand): InnerCommand[] {
  let inners = readOnce.get(read);
  if (!inners) {
    inners = readInnerCommands(read);
    readOnce.set(read, inners);
  }
  return inners;
}

function readInnerCommands(read: KubectlCommand): InnerCommand[] {
  const inner = innerCommandOf(read);
  if (!inner || inner.entrypointArgs) return inner ? [inner] : [];
  const script = shellScript(inner);
  if (!script) return [inner];
  const parsed = parseCommandFile('inner.sh', script.text);
  if (parsed.syntaxErrors.length > 0) return [inner];
  return parsed.commands
    .filter((c) => !parsed.functions.has(c.program.text))
    .map((c) => ({ ...inner, program: script.map(c.program), args: c.args.map(script.map) }));
}

/** `sh -c SCRIPT` and `bash -c SCRIPT` with a script written out (no expansion), and how to place its words. */
function shellScript(inner: InnerCommand): { text: string; map: (word: Word) => Word } | undefined {
  const [flag, script] = inner.args;
  if ((inner.program.text !== 'sh' && inner.program.text !== 'bash') || flag?.text !== '-c' || !script || script.hasExpansion)
    return undefined;
  const start = script.position;
  // A quoted word starts one column before its text.
  const quoted = start.endLine === start.line && start.endColumn !== undefined && start.endColumn - start.column === script.text.length + 2;
  const first = start.column + (quoted ? 1 : 0);
  const map = (word: Word): Word => {
    const p = word.position;
    const line = start.line + p.line - 1;
    const column = p.line === 1 ? first + p.column - 1 : p.column;
    const endLine = p.endLine === undefined ? undefined : start.line + p.endLine - 1;
    const endColumn = p.endColumn === undefined ? undefined : p.endLine === 1 ? first + p.endColumn - 1 : p.endColumn;
    return { ...word, position: { line, column, endLine, endColumn } };
  };
  return { text: script.text, map };
}

/** Drops `sudo [-flags]`, `chroot [-flags] DIR` and `env [-flags] [VAR=value…]` in front of the real program. */
function unwrap(words: Word[]): Word[] {
  let rest = words;
  for (;;) {
    const first = rest[0]?.text;
    if (first === 'sudo' || first === 'env' || first === 'chroot') {
      let i = 1;
      const option = (word: Word | undefined) =>
        word !== undefined && (word.text.startsWith('-') || (first === 'env' && word.text.includes('=')));
      while (option(rest[i])) i++;
      if (first === 'chroot') i++;
      rest = rest.slice(i);
      continue;
    }
    return rest;
  }
}

/** Programs whose cluster names the checker reads: URLs of curl and wget, the names nslookup and dig look up. */
export const PARSED_PROGRAMS = new Set(['curl', 'wget', 'nslookup', 'dig']);
/** Programs whose arguments are only text or numbers: nothing in them could name an object of the set. */
export const TEXT_PROGRAMS = new Set(['echo', 'printf', 'true', 'false', 'sleep', 'seq']);

export interface ServiceReference {
  word: Word;
  host: string;
  port: number | undefined;
  /** dig without +search: a short name goes to the server as it is, not through the Pod's search list. */
  noSearch: boolean;
}

const DIG_TYPES = new Set(['a', 'aaaa', 'srv', 'mx', 'txt', 'ns', 'ptr', 'cname', 'any', 'soa', 'in']);
/** dig options that take the next word as their value. */
const DIG_VALUE_OPTIONS = new Set(['-t', '-p', '-c', '-q', '-x', '-y', '-k', '-b', '-f']);

/** The host names (and ports) a parsed program reaches; [] when it names none. Only for PARSED_PROGRAMS. */
export function serviceReferences(inner: InnerCommand): ServiceReference[] {
  const program = inner.program.text;
  const words = inner.args.filter((w) => !w.hasExpansion);
  if (program === 'curl' || program === 'wget') {
    return words.flatMap((word) => {
      const [, scheme, host, explicitPort] = /^(https?):\/\/([^/:?#\s]+)(?::(\d+))?/.exec(word.text) ?? [];
      if (!host) return [];
      const port = explicitPort ? Number(explicitPort) : scheme === 'https' ? 443 : 80;
      return [{ word, host, port, noSearch: false }];
    });
  }
  if (program === 'nslookup') {
    const name = words.find((w) => !w.text.startsWith('-'));
    return name ? [{ word: name, host: name.text, port: undefined, noSearch: false }] : [];
  }
  if (program === 'dig') {
    const search = words.some((w) => w.text === '+search');
    const names: ServiceReference[] = [];
    let skipValue = false;
    for (const word of words) {
      const text = word.text;
      if (skipValue || DIG_VALUE_OPTIONS.has(text)) {
        skipValue = !skipValue;
        continue;
      }
      if (/^[@+-]/.test(text) || DIG_TYPES.has(text.toLowerCase())) continue;
      names.push({ word, host: text, port: undefined, noSearch: !search });
    }
    return names;
  }
  return [];
}

/**
 * The Service a cluster DNS name stands for, resolved the way a Pod's search list does (`svc`, `svc.ns`,
 * `svc.ns.svc`, each with or without `.cluster.local`). Anything else (an IP, localhost, a name outside the cluster,
 * a Pod's own record) is not a Service name and gives undefined.
 */
export function serviceOfName(host: string, namespace: string, namespaces: Set<string>): { name: string; namespace: string } | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || /^[\d.]+$/.test(name) || name.includes(':')) return undefined;
  const [service = '', second, third, ...more] = name.replace(/\.cluster\.local$/, '').split('.');
  if (more.length > 0) return undefined;
  if (second === undefined) return { name: service, namespace };
  if (third === undefined) return namespaces.has(second) ? { name: service, namespace: second } : undefined;
  return third === 'svc' ? { name: service, namespace: second } : undefined;
}
