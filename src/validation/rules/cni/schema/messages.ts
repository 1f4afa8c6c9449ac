import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/schema, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/schema': '{field} {found} is invalid: expected {expected}',
  },
  ja: {
    'cni/schema': '{field} {found} が不正です: {expected}',
  },
};
