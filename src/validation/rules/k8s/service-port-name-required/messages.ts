import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/service-port-name-required, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/service-port-name-required': 'ports[{index}] needs a name: a Service with more than one port must name every port',
  },
  ja: {
    'k8s/service-port-name-required': 'ports[{index}] に name が必要です。複数のポートを持つServiceでは、すべてのポートに名前が必要です',
  },
};
