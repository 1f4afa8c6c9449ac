import type { RuleMessages } from '../../rule.ts';

/** The messages of sh/placeholder, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'sh/placeholder': 'placeholder {placeholder} in a command: use a real name',
  },
  ja: {
    'sh/placeholder': 'コマンドにプレースホルダー {placeholder} があります。実際の名前を使ってください',
  },
};
