import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/name, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/name': 'network name {found} is invalid: expected {expected}',
  },
  ja: {
    'cni/name': 'ネットワーク名 {found} が不正です: {expected}',
  },
};
