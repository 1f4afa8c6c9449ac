import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/container-image, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/container-image': 'container "{container}" needs an image (the API server rejects a Pod without one)',
    'k8s/container-image.template':
      'container "{container}" has no image: the template is accepted, but every Pod it creates would be rejected',
    'k8s/container-image.whitespace': 'image "{image}" of container "{container}" must not have leading or trailing whitespace',
  },
  ja: {
    'k8s/container-image': 'コンテナー "{container}" には image が必要です（image のない Pod は API サーバーに拒否されます）',
    'k8s/container-image.template':
      'コンテナー "{container}" に image がありません: テンプレートは受け付けられますが、作られる Pod はすべて拒否されます',
    'k8s/container-image.whitespace': 'コンテナー "{container}" の image "{image}" の前後に空白があってはいけません',
  },
};
