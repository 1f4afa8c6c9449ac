import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/duplicate-container-name, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/duplicate-container-name': 'duplicate container name "{name}"',
  },
  ja: {
    'k8s/duplicate-container-name': 'コンテナ名 "{name}" が重複しています',
  },
};
