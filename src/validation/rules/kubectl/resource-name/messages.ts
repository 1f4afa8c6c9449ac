import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/resource-name, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/resource-name': 'invalid object name "{name}": must be {expected}',
  },
  ja: {
    'kubectl/resource-name': 'オブジェクト名 "{name}" が不正です: {expected} でなければなりません',
  },
};
