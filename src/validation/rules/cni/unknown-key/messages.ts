import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/unknown-key, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/unknown-key': 'unknown key "{key}" in a network configuration list (libcni ignores it)',
    'cni/unknown-key.suggest': 'unknown key "{key}" in a network configuration list; did you mean "{suggestion}"?',
  },
  ja: {
    'cni/unknown-key': 'ネットワーク設定リストの不明なキー "{key}"（libcni は無視します）',
    'cni/unknown-key.suggest': 'ネットワーク設定リストの不明なキー "{key}"。"{suggestion}" の誤りではありませんか？',
  },
};
