import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/plugin-type, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/plugin-type': 'plugin type {found} is invalid: expected {expected}',
  },
  ja: {
    'cni/plugin-type': 'プラグインの type {found} が不正です: {expected}',
  },
};
