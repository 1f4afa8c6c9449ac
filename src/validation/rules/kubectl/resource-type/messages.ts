import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/resource-type, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/resource-type': 'unknown resource type "{type}"',
    'kubectl/resource-type.suggest': 'unknown resource type "{type}"; did you mean "{suggestion}"?',
  },
  ja: {
    'kubectl/resource-type': '不明なリソースの種類 "{type}" です',
    'kubectl/resource-type.suggest': '不明なリソースの種類 "{type}" です。"{suggestion}" ではありませんか？',
  },
};
