import type { RuleMessages } from '../../rule.ts';

/** The messages of sh/syntax, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'sh/syntax': 'shell syntax error: {detail}',
  },
  ja: {
    'sh/syntax': 'シェルの構文エラーです: {detail}',
  },
};
