import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/missing-argument, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/missing-argument': '"{command}" needs {what} (usage: {usage})',
  },
  ja: {
    'kubectl/missing-argument': '"{command}" には {what} が必要です（使い方: {usage}）',
  },
};
