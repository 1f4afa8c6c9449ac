import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/unknown-field, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/unknown-field': 'unknown field "{field}" in {type}',
    'k8s/unknown-field.suggest': 'unknown field "{field}" in {type}; did you mean "{suggestion}"?',
  },
  ja: {
    'k8s/unknown-field': '{type} に不明なフィールド "{field}" があります',
    'k8s/unknown-field.suggest': '{type} に不明なフィールド "{field}" があります。"{suggestion}" ではありませんか？',
  },
};
