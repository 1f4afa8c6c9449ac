import type { RuleMessages } from '../../rule.ts';

/** The messages of output/columns, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'output/columns': 'columns "{found}" do not match the command; expected "{expected}"',
  },
  ja: {
    'output/columns': '列 "{found}" がコマンドと一致しません。"{expected}" になるはずです',
  },
};
