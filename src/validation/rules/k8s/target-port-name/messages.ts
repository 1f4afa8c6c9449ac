import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/target-port-name, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/target-port-name': 'targetPort "{name}" is not a named containerPort of {kind} {owner} ({file}); its ports: {available}',
  },
  ja: {
    'k8s/target-port-name':
      'targetPort "{name}" は {kind} {owner}（{file}）の名前付きcontainerPortではありません。定義されているポート: {available}',
  },
};
