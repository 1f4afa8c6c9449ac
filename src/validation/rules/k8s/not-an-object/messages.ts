import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/not-an-object, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/not-an-object': 'a Kubernetes object must be a mapping',
  },
  ja: {
    'k8s/not-an-object': 'Kubernetesのオブジェクトはマッピングでなければなりません',
  },
};
