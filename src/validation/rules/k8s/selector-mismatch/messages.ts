import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/selector-mismatch, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/selector-mismatch': 'selector {selector} does not match the Pod template labels ({labels})',
    'k8s/selector-mismatch.empty': 'a {kind} needs a non-empty spec.selector',
  },
  ja: {
    'k8s/selector-mismatch': 'セレクター {selector} がPodテンプレートのラベル（{labels}）と一致しません',
    'k8s/selector-mismatch.empty': '{kind} には空でない spec.selector が必要です',
  },
};
