import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/namespace-exists, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/namespace-exists': 'namespace "{namespace}" is not defined in the validated files and is not a well-known namespace',
  },
  ja: {
    'k8s/namespace-exists': 'Namespace "{namespace}" は検証したファイルの中で定義されておらず、既定のNamespaceでもありません',
  },
};
