import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/exec-command, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/exec-command.dash':
      'kubectl exec needs "--" before the command: kubectl exec POD -- {command} (kubectl rejects "exec POD COMMAND")',
    'kubectl/exec-command.missing': '"kubectl {verb}" needs a command for the container after "--"',
    'kubectl/exec-command.image': "kubectl debug needs --image (the debugging container's image) unless --copy-to is given",
    'kubectl/exec-command.tty': 'kubectl debug -t (--tty) needs -i (--stdin) too',
    'kubectl/exec-command.target': 'kubectl debug works on Pods and nodes, not on {type}',
  },
  ja: {
    'kubectl/exec-command.dash':
      'kubectl exec ではコマンドの前に "--" が必要です: kubectl exec POD -- {command}（"exec POD COMMAND" の形は kubectl が拒否します）',
    'kubectl/exec-command.missing': '"kubectl {verb}" には、"--" の後にコンテナで実行するコマンドが必要です',
    'kubectl/exec-command.image': 'kubectl debug には --image（デバッグ用コンテナのイメージ）が必要です（--copy-to を使う場合を除く）',
    'kubectl/exec-command.tty': 'kubectl debug の -t（--tty）には -i（--stdin）も必要です',
    'kubectl/exec-command.target': 'kubectl debug の対象は Pod かノードです。{type} は対象にできません',
  },
};
