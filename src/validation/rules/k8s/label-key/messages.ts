import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/label-key, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/label-key': 'label key "{key}" is invalid: must be {expected}',
  },
  ja: {
    'k8s/label-key': 'ラベルのキー "{key}" が不正です: {expected} でなければなりません',
  },
};
