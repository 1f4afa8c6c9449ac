import type { RuleMessages } from '../../rule.ts';

/** The messages of yaml/syntax, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'yaml/syntax': 'YAML syntax error: {detail}',
  },
  ja: {
    'yaml/syntax': 'YAMLの構文エラーです: {detail}',
  },
};
