import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/service-selects-nothing, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/service-selects-nothing': 'selector {selector} matches no Pod or Pod template in namespace {namespace}',
  },
  ja: {
    'k8s/service-selects-nothing': 'セレクター {selector} に一致するPodやPodテンプレートがNamespace {namespace} にありません',
  },
};
