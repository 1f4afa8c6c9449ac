import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/port-range, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/port-range': 'port {value} is out of range: must be 1-65535',
  },
  ja: {
    'k8s/port-range': 'ポート {value} は範囲外です。1〜65535 でなければなりません',
  },
};
