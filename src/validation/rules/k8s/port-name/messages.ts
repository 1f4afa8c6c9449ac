import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/port-name, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/port-name': 'port name "{name}" is invalid: must be {expected}',
  },
  ja: {
    'k8s/port-name': 'ポート名 "{name}" が不正です: {expected} でなければなりません',
  },
};
