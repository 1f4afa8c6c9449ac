import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/plugins, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/plugins': 'plugins {found} is invalid: expected {expected}',
  },
  ja: {
    'cni/plugins': 'plugins {found} が不正です: {expected}',
  },
};
