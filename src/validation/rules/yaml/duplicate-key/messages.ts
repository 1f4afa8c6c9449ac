import type { RuleMessages } from '../../rule.ts';

/** The messages of yaml/duplicate-key, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'yaml/duplicate-key': 'duplicate key: {detail}',
  },
  ja: {
    'yaml/duplicate-key': 'キーが重複しています: {detail}',
  },
};
