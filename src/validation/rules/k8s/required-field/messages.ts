import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/required-field, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/required-field': 'missing required field "{field}"',
  },
  ja: {
    'k8s/required-field': '必須フィールド "{field}" がありません',
  },
};
