import type { RuleMessages } from '../../rule.ts';

/** The messages of output/age, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'output/age': 'AGE "{value}" is not a duration kubectl prints (e.g. 114s, 2m56s, 15m, 12d)',
  },
  ja: {
    'output/age': 'AGE "{value}" はkubectlが表示する形式ではありません（例: 114s、2m56s、15m、12d）',
  },
};
