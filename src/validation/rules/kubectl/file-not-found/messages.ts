import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/file-not-found, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/file-not-found': 'file "{file}" does not exist in the example set',
    'kubectl/file-not-found.url': 'URL "{file}" is not a published example (…/examples/<path>)',
  },
  ja: {
    'kubectl/file-not-found': 'ファイル "{file}" はサンプルの中にありません',
    'kubectl/file-not-found.url': 'URL "{file}" は公開しているサンプル（…/examples/<path>）ではありません',
  },
};
