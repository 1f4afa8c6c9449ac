import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/schema-constraint, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/schema-constraint': '{check}: expected {expected}, found {found}',
  },
  ja: {
    'k8s/schema-constraint': '{check}: {expected} でなければなりませんが、{found} です',
  },
};
