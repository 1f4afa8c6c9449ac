import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/inner-program, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/inner-program': 'unknown program "{program}" run by kubectl {verb} in {where}',
    'kubectl/inner-program.suggest': 'unknown program "{program}" run by kubectl {verb} in {where}; did you mean "{suggestion}"?',
  },
  ja: {
    'kubectl/inner-program': 'kubectl {verb} が {where} で実行するプログラム "{program}" は不明です',
    'kubectl/inner-program.suggest':
      'kubectl {verb} が {where} で実行するプログラム "{program}" は不明です。"{suggestion}" ではありませんか？',
  },
};
