import { type KubectlCommand, kubectlOf } from '../../../kubectl/kubectl-command.ts';
import type { CommandRule } from '../../rule.ts';

/** Commands that only dispatch to subcommands (cobra's DefaultSubCommandRun: help and exit 1). */
const ONLY_GROUPS = new Set(['create service', 'create secret', 'set', 'config', 'auth', 'certificate', 'top', 'rollout']);

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

/** Reported at the end of the line, where the missing argument would go, with the usage line kubectl prints. */
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
