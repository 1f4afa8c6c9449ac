import type { RuleMessages } from '../../rule.ts';

/** The messages of output/orphan, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'output/orphan': 'expected output without a command file: {file} is missing',
  },
  ja: {
    'output/orphan': 'コマンドファイルのない出力例です: {file} がありません',
  },
};
