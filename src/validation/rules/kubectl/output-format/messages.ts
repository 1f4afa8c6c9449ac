import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/output-format, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/output-format': 'unknown output format "{format}" (supported: {formats})',
    'kubectl/output-format.argument': 'output format "{format}" needs an argument: -o {format}=…',
    'kubectl/output-format.no-argument': 'output format "{format}" takes no argument',
  },
  ja: {
    'kubectl/output-format': '不明な出力形式 "{format}" です（使えるもの: {formats}）',
    'kubectl/output-format.argument': '出力形式 "{format}" には引数が必要です: -o {format}=…',
    'kubectl/output-format.no-argument': '出力形式 "{format}" は引数を取りません',
  },
};
