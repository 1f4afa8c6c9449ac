import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/unknown-command, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/unknown-command': 'unknown command "kubectl {command}"; did you mean "{suggestion}"?',
    'kubectl/unknown-command.sub': 'unknown subcommand "{sub}" for "{command}" (available: {available})',
  },
  ja: {
    'kubectl/unknown-command': '不明なコマンド "kubectl {command}" です。"{suggestion}" ではありませんか？',
    'kubectl/unknown-command.sub': '"{command}" に不明なサブコマンド "{sub}" があります（使えるもの: {available}）',
  },
};
