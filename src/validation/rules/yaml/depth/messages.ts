import type { RuleMessages } from '../../rule.ts';

/** The messages of yaml/depth, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'yaml/depth': 'nesting deeper than {limit} levels: no real manifest nests this deeply (and parsing it would overflow the stack)',
  },
  ja: {
    'yaml/depth': '入れ子が {limit} 段を超えています。実際のマニフェストはこれほど深くなりません（構文解析がスタックを使い果たします）',
  },
};
