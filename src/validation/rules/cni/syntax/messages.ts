import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/syntax, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/syntax': 'JSON syntax error: {detail}',
  },
  ja: {
    'cni/syntax': 'JSON 構文エラー: {detail}',
  },
};
