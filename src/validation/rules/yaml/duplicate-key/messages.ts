import type { RuleMessages } from '../../rule.ts';

/** The messages of yaml/duplicate-key, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'yaml/duplicate-key': 'duplicate key: {detail}',
    'yaml/duplicate-key.repeated': 'duplicate key: "{key}" is already a key of this mapping (line {line})',
  },
  ja: {
    'yaml/duplicate-key': 'キーが重複しています: {detail}',
    'yaml/duplicate-key.repeated': 'キーが重複しています: "{key}" はこのマッピングですでにキーになっています（{line} 行目）',
  },
};
