import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/crd-scope, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/crd-scope': '{kind} is cluster-scoped: the API server ignores metadata.namespace "{namespace}"',
  },
  ja: {
    'k8s/crd-scope': '{kind} はクラスタースコープです。API serverは metadata.namespace "{namespace}" を無視します',
  },
};
