import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/missing-api-version, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/missing-api-version': 'missing "apiVersion"',
  },
  ja: {
    'k8s/missing-api-version': '"apiVersion" がありません',
  },
};
