import type { RuleMessages } from '../../rule.ts';

/** The messages of policy/resources, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'policy/resources': 'container "{container}" does not set {missing}',
  },
  ja: {
    'policy/resources': 'コンテナ "{container}" に {missing} が設定されていません',
  },
};
