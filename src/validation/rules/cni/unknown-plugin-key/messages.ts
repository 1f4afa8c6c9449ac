import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/unknown-plugin-key, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/unknown-plugin-key': 'unknown option "{key}" for {plugin}',
    'cni/unknown-plugin-key.suggest': 'unknown option "{key}" for {plugin}; did you mean "{suggestion}"?',
  },
  ja: {
    'cni/unknown-plugin-key': '{plugin} に不明なオプション "{key}" があります',
    'cni/unknown-plugin-key.suggest': '{plugin} に不明なオプション "{key}" があります。"{suggestion}" ではありませんか？',
  },
};
