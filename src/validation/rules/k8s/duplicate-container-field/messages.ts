import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/duplicate-container-field, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/duplicate-container-field.mount-path': 'mountPath "{value}" is already mounted by volumeMounts[{first}] (must be unique)',
    'k8s/duplicate-container-field.port-name': 'port name "{value}" is already used by ports[{first}] of this container',
  },
  ja: {
    'k8s/duplicate-container-field.mount-path':
      'mountPath "{value}" は volumeMounts[{first}] ですでにマウントされています（一意でなければなりません）',
    'k8s/duplicate-container-field.port-name': 'ポート名 "{value}" はこのコンテナーの ports[{first}] ですでに使われています',
  },
};
