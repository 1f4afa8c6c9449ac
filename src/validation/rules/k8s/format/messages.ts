import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/format, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/format': '"{value}" is not a valid {format}',
  },
  ja: {
    'k8s/format': '"{value}" は正しい {format} ではありません',
  },
};
