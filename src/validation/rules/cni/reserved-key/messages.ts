import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/reserved-key, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/reserved-key': '"{key}" is reserved for the runtime (SPEC: generated at execution time, should not be used in configuration)',
  },
  ja: {
    'cni/reserved-key': '"{key}" はランタイム用に予約されたキーです（SPEC: 実行時に生成されるため設定で使うべきではありません）',
  },
};
