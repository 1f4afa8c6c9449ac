import type { RuleMessages } from '../../rule.ts';

/** The messages of file/binary, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'file/binary': 'file is not UTF-8 text (binary data or another encoding)',
  },
  ja: {
    'file/binary': 'UTF-8のテキストではありません（バイナリデータか別のエンコーディングです）',
  },
};
