import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/missing-kind, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/missing-kind': 'missing "kind"',
  },
  ja: {
    'k8s/missing-kind': '"kind" がありません',
  },
};
