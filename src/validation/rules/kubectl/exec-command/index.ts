import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import { resolveResourceType } from '../../../kubectl/snapshot.ts';
import type { CommandRule } from '../../rule.ts';

/**
 * The wrapper of a command run elsewhere, checked as kubectl's own Complete/Validate do (kubectl pkg/cmd/exec/exec.go,
 * pkg/cmd/debug/debug.go): `kubectl exec POD -- COMMAND`, and `kubectl debug` with an image, -i beside -t, and a Pod
 * or node target.
 */
export const execCommand: CommandRule = {
  id: 'kubectl/exec-command',
  level: 'api',
  target: 'command',
  description:
    'kubectl exec needs "--" before a command and a command after it; kubectl debug needs --image (unless --copy-to), -i with -t, and a Pod or node target.',
  check(command, report, env, file) {
    const read = kubectlOf(command, env.crds?.resourceTypes());
    if (!read || read.unknownCommand) return;
    const [verb] = read.path;
    const before = read.positionals.slice(0, read.beforeDash);
    const after = read.positionals.slice(read.beforeDash);
    const last = command.args[command.args.length - 1] ?? command.program;
    const has = (name: string) => read.flags.some((f) => f.spec.name === name && f.value !== 'false');
    if (verb === 'exec') {
      const second = before[1];
      if (!read.dash && second) {
        report({
          at: file.at(second),
          messageId: 'kubectl/exec-command.dash',
          params: {
            command: before
              .slice(1)
              .map((w) => w.text)
              .join(' '),
          },
          expected: '-- before the command',
          found: second.text,
        });
      } else if (before.length >= 1 && after.length === 0) {
        report({ at: file.at(last), messageId: 'kubectl/exec-command.missing', params: { verb }, expected: '-- COMMAND [args...]' });
      }
    }
    if (verb === 'debug') {
      if (!has('image') && !has('copy-to'))
        report({ at: file.at(last), messageId: 'kubectl/exec-command.image', params: {}, expected: '--image=IMAGE' });
      if (has('tty') && !has('stdin'))
        report({ at: file.at(last), messageId: 'kubectl/exec-command.tty', params: {}, expected: '-i -t (-it)' });
      const target = before[0];
      if (target?.text.includes('/') && !target.hasExpansion) {
        const type = resolveResourceType(target.text.split('/')[0] ?? '');
        if (type && type.kind !== 'Pod' && type.kind !== 'Node')
          report({
            at: file.at(target),
            messageId: 'kubectl/exec-command.target',
            params: { type: type.kind },
            found: target.text,
            expected: 'POD or node/NAME',
          });
      }
    }
  },
};
