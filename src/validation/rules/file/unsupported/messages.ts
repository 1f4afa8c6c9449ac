import type { RuleMessages } from '../../rule.ts';

/** The messages of file/unsupported, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'file/unsupported': 'unsupported file type: {file} (expected .yaml, .yml, .json, .conflist, .conf, .sh or .out)',
  },
  ja: {
    'file/unsupported':
      '対応していない種類のファイルです: {file}（.yaml、.yml、.json、.conflist、.conf、.sh、.out のいずれかにしてください）',
  },
};
