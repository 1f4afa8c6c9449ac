import type { RuleMessages } from '../../rule.ts';

/** The messages of file/special, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'file/special': '{file} is not a regular file ({type}): only files and folders are read',
  },
  ja: {
    'file/special': '{file} は通常のファイルではありません（{type}）。読み込むのはファイルとフォルダーだけです',
  },
};
