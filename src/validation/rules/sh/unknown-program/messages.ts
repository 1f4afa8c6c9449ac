import type { RuleMessages } from '../../rule.ts';

/** The messages of sh/unknown-program, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'sh/unknown-program': 'unknown program "{program}": use kubectl or one of the allowed programs',
  },
  ja: {
    'sh/unknown-program': '不明なプログラム "{program}" です。kubectl か許可されたプログラムを使ってください',
  },
};
