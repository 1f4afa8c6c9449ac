import type { RuleMessages } from '../../rule.ts';

/** The messages of output/table, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'output/table': 'row has {found} values for {expected} columns',
  },
  ja: {
    'output/table': '{expected} 列の表に {found} 個の値がある行です',
  },
};
