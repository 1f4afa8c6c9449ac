import type { RuleMessages } from '../../rule.ts';

/** The messages of yaml/alias-limit, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'yaml/alias-limit': 'too many YAML alias expansions (limit {limit}): the document looks like an alias bomb',
  },
  ja: {
    'yaml/alias-limit': 'YAMLエイリアスの展開が多すぎます（上限 {limit}）。エイリアス爆弾の可能性があります',
  },
};
