import type { RuleMessages } from '../../rule.ts';

/** The messages of policy/readiness-probe, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'policy/readiness-probe': 'container "{container}" serves ports but has no readinessProbe',
  },
  ja: {
    'policy/readiness-probe': 'コンテナ "{container}" はポートを公開していますが readinessProbe がありません',
  },
};
