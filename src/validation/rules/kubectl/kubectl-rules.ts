import { type KubectlCommand, kubectlOf } from '../../kubectl/kubectl-command.ts';
import type { FlagSpec } from '../../kubectl/snapshot.ts';
import type { CommandRule, RuleEnv } from '../rule.ts';

/** kubectl command lines in `.sh` files, read against the committed snapshot of kubectl's help (gen:kubectl). */

const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$|^0$/;
const ENUMS: Record<string, string[]> = { 'dry-run': ['none', 'server', 'client'], type: ['json', 'merge', 'strategic'] };
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
/** Commands that only dispatch to subcommands (cobra's DefaultSubCommandRun: help and exit 1). */
const ONLY_GROUPS = new Set(['create service', 'create secret', 'set', 'config', 'auth', 'certificate', 'top', 'rollout']);

/** What a flag value should be, when it is not that; undefined for a fine value. */
function valueProblem(flag: FlagSpec, value: string): string | undefined {
  switch (flag.type) {
    case 'bool':
      return value !== 'true' && value !== 'false' ? 'true or false' : undefined;
    case 'int':
      return /^-?\d+$/.test(value) ? undefined : 'an integer';
    case 'float':
      return /^-?\d+(\.\d+)?$/.test(value) ? undefined : 'a number';
    case 'duration':
      return DURATION.test(value) ? undefined : 'a duration such as 30s, 5m or 1h';
    default: {
      const allowed = ENUMS[flag.name];
      return allowed && !allowed.includes(value) ? allowed.join(', ') : undefined;
    }
  }
}

/** `[LOCAL_PORT:]REMOTE_PORT`: ports 1-65535; LOCAL_PORT may be 0 or empty (kubectl picks one). */
function validPorts(text: string): boolean {
  const ports = text.split(':');
  return (
    ports.length <= 2 &&
    ports.every((p, i) =>
      /^\d+$/.test(p)
        ? Number(p) <= 65535 && (Number(p) >= 1 || (i === 0 && ports.length === 2))
        : i === 0 && ports.length === 2 && p === '',
    )
  );
}

export const flagValue: CommandRule = {
  id: 'kubectl/flag-value',
  level: 'api',
  target: 'command',
  description: 'A flag value of the wrong type (integer, true/false, duration, --dry-run mode) or a missing value; port-forward ports.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    if (!read) return;
    for (const flag of read.flags) {
      const { spec, value, word } = flag;
      if (value === undefined) {
        if (spec.type !== 'bool')
          report({
            at: file.at(word),
            messageId: 'kubectl/flag-value.missing',
            params: { flag: `--${spec.name}`, type: spec.type },
            expected: spec.type,
          });
        continue;
      }
      // An output format is kubectl/output-format's; a value with an expansion is only known when the line runs.
      if (word.hasExpansion || read.outputs.includes(flag)) continue;
      const expected = valueProblem(spec, value);
      if (expected) report({ at: file.at(word), params: { flag: `--${spec.name}`, value, expected }, expected, found: value });
    }
    for (const word of read.ports) {
      if (!validPorts(word.text))
        report({
          at: file.at(word),
          messageId: 'kubectl/flag-value.port',
          params: { value: word.text },
          expected: '[LOCAL_PORT:]REMOTE_PORT with ports 1-65535',
          found: word.text,
        });
    }
  },
};

export const outputFormat: CommandRule = {
  id: 'kubectl/output-format',
  level: 'api',
  target: 'command',
  description: 'An -o/--output format the command does not support, or jsonpath/custom-columns/go-template without its argument.',
  check(command, report, env, file) {
    for (const { spec, value, word } of kubectlOf(command, env.crds?.resourceTypes())?.outputs ?? []) {
      if (value === undefined || word.hasExpansion || !spec.values) continue;
      const format = value.includes('=') ? value.slice(0, value.indexOf('=')) : value;
      if (!spec.values.includes(format)) {
        const formats = spec.values.join(', ');
        report({ at: file.at(word), params: { format: value, formats }, expected: formats, found: value });
      } else if (FORMATS_NEEDING_ARGUMENT.has(format) && !value.includes('=')) {
        report({
          at: file.at(word),
          messageId: 'kubectl/output-format.argument',
          params: { format },
          expected: `${format}=…`,
          found: value,
        });
      } else if (!FORMATS_NEEDING_ARGUMENT.has(format) && value.includes('=')) {
        report({ at: file.at(word), messageId: 'kubectl/output-format.no-argument', params: { format }, expected: format, found: value });
      }
    }
  },
};

/**
 * Required arguments, read from the usage line kubectl prints: a subcommand when the command only groups others,
 * NAME (`create deployment NAME`), the object (`(POD | TYPE/NAME)`, `TYPE/NAME`, `(TYPE …)`), ports
 * (`REMOTE_PORT`), or files (`-f FILENAME`), each satisfied as cobra would be (by -f, -k or -l where the usage allows).
 */
function missingArgumentOf(read: KubectlCommand): string | undefined {
  const { spec, path } = read;
  if (!spec || path.length === 0 || read.unknownCommand) return undefined;
  const has = (...names: string[]) => read.flags.some((f) => names.includes(f.spec.name));
  if (has('help')) return undefined;
  // Leading optional groups (`[-f] [-p]`, `[(-o|--output=)json|…]`) say nothing about what is required.
  let usage = spec.usage.slice(['kubectl', ...path].join(' ').length).trim();
  while (usage.startsWith('[')) usage = usage.replace(/^\[[^\]]*(\[[^\]]*\][^\]]*)*\]\s*/, '');
  const count = read.beforeDash;
  const subcommands = Object.keys(spec.subcommands);
  if (
    subcommands.length > 0 &&
    (usage.startsWith('SUBCOMMAND') || subcommands.includes(/^\((\S+)/.exec(usage)?.[1] ?? '') || ONLY_GROUPS.has(path.join(' ')))
  )
    return subcommands.join(' | ');
  if (/^(NAME|[A-Z_]+_NAME)\b/.test(usage) && count === 0) return usage.split(' ')[0]!;
  if (/^\((POD \| )?TYPE\/NAME\)|^TYPE\/NAME\b/.test(usage) && !/REMOTE_PORT/.test(usage) && count === 0 && !has('selector', 'filename'))
    return 'POD or TYPE/NAME';
  if (/REMOTE_PORT/.test(usage) && count < 2) return count === 0 ? 'TYPE/NAME and [LOCAL_PORT:]REMOTE_PORT' : '[LOCAL_PORT:]REMOTE_PORT';
  if (
    /^\((-f FILENAME \| )?TYPE\b|^\(\[-f FILENAME\] \| \[-k DIRECTORY\] \| TYPE\b|^TYPE\b/.test(usage) &&
    count === 0 &&
    !has('filename', 'kustomize')
  )
    return 'TYPE';
  if (/^\(?-f FILENAME\b/.test(usage) && !/\| TYPE/.test(usage) && !has('filename', 'kustomize')) return '-f FILENAME';
  return undefined;
}

export const missingArgument: CommandRule = {
  id: 'kubectl/missing-argument',
  level: 'api',
  target: 'command',
  description:
    "A required argument is missing, as the command's usage line says: a subcommand, NAME, TYPE, TYPE/NAME, a port, or -f FILENAME.",
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    const what = read && missingArgumentOf(read);
    if (!read?.spec || !what) return;
    // At the end of the line, where the argument is missing.
    const last = command.args[command.args.length - 1]!;
    const usage = read.spec.usage;
    report({ at: file.at(last), params: { command: ['kubectl', ...read.path].join(' '), what, usage }, expected: usage });
  },
};

/** Objects every cluster has: the API server's Service and the well-known Namespaces. */
const BUILT_IN_OBJECTS = [
  { kind: 'Service', name: 'kubernetes', namespace: 'default' },
  ...['default', 'kube-system', 'kube-public', 'kube-node-lease'].map((name) => ({ kind: 'Namespace', name, namespace: 'default' })),
];

function serviceExists(env: RuleEnv, name: string, namespace: string): boolean {
  const same = (o: { kind: string; name: string | undefined; namespace?: string | undefined }) =>
    o.kind === 'Service' && o.name === name && (o.namespace ?? 'default') === namespace;
  return env.set.resources.some(same) || env.set.kubectlCommands.some((c) => c.creates.some(same)) || BUILT_IN_OBJECTS.some(same);
}

/** Objects a command acts on must be in the set: created by a manifest, or by another command (`expose`, `create`, `run`). */
export const unknownObject: CommandRule = {
  id: 'kubectl/unknown-object',
  level: 'cross-file',
  target: 'command',
  description:
    'An object named on a kubectl command line (`service/frontend`, `deployment frontend`) is not created by any manifest or command of the set.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    if (!read || ['create', 'run', 'explain', 'apply', 'delete'].includes(read.path[0] ?? '')) return;
    for (const object of read.objects) {
      const namespace = object.namespace ?? 'default';
      const kind = object.type.kind;
      const namespaced = object.type.namespaced;
      const inManifests = env.set.resources.some(
        (r) => r.kind === kind && r.name === object.name && (!namespaced || (r.namespace ?? 'default') === namespace),
      );
      const byCommand = env.set.kubectlCommands.some((c) =>
        c.creates.some((o) => o.kind === kind && o.name === object.name && (!namespaced || (o.namespace ?? 'default') === namespace)),
      );
      const namespaceObject = kind === 'Namespace' && env.set.namespaces.has(object.name);
      const builtIn = BUILT_IN_OBJECTS.some((o) => o.kind === kind && o.name === object.name && (!namespaced || o.namespace === namespace));
      // The control plane keeps an Endpoints object of the same name beside every Service with a selector.
      const derived = kind === 'Endpoints' && serviceExists(env, object.name, namespace);
      if (!inManifests && !byCommand && !namespaceObject && !builtIn && !derived)
        report({ at: file.at(object.word), params: { kind, name: object.name, namespace }, found: `${kind}/${object.name}` });
    }
  },
};
