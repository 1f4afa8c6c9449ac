import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/list-type, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/list-type': 'duplicate list item: another item has the same keys {value}',
    'k8s/list-type.set': 'duplicate value {value} in a list of unique values (x-kubernetes-list-type: set)',
  },
  ja: {
    'k8s/list-type': 'リストの項目が重複しています: キー {value} が同じ項目がほかにあります',
    'k8s/list-type.set': '重複のない値のリスト（x-kubernetes-list-type: set）に {value} が重複しています',
  },
};
