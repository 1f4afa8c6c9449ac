import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/label-value, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/label-value': 'value "{value}" of label "{key}" is invalid: must be {expected}',
  },
  ja: {
    'k8s/label-value': 'ラベル "{key}" の値 "{value}" が不正です: {expected} でなければなりません',
  },
};
