import type { RuleMessages } from '../../rule.ts';

/** The messages of file/unreadable, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'file/unreadable': 'cannot read {file}: {detail}',
  },
  ja: {
    'file/unreadable': '{file} を読み込めません: {detail}',
  },
};
