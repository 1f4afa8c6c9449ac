import type { RuleMessages } from '../../rule.ts';

/** The messages of output/listing, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'output/listing': 'not a listing line: "{line}"',
    'output/listing.summary': 'tree summary "{found}" does not match the listing ({expected})',
    'output/listing.root': 'listing starts with {found}, but the command lists {expected}',
    'output/listing.orphan': 'block "{dir}:" is not a subdirectory listed in its parent block',
  },
  ja: {
    'output/listing': '一覧の行ではありません: "{line}"',
    'output/listing.summary': 'treeの集計 "{found}" が一覧と一致しません（{expected}）',
    'output/listing.root': '一覧が {found} から始まっていますが、コマンドが表示するのは {expected} です',
    'output/listing.orphan': 'ブロック "{dir}:" は親ブロックにあるサブディレクトリではありません',
  },
};
