import type { RuleMessages } from '../../rule.ts';

/** The messages of file/too-large, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'file/too-large': 'file is {size} bytes, more than the limit of {limit} bytes',
  },
  ja: {
    'file/too-large': 'ファイルが {size} バイトあり、上限の {limit} バイトを超えています',
  },
};
