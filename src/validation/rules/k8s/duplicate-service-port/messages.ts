import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/duplicate-service-port, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/duplicate-service-port': 'duplicate port {port}: already used by ports[{first}]',
    'k8s/duplicate-service-port.name': 'duplicate port name "{name}": already used by ports[{first}]',
    'k8s/duplicate-service-port.node-port': 'duplicate nodePort {port}: already used by ports[{first}]',
  },
  ja: {
    'k8s/duplicate-service-port': 'ポート {port} が重複しています（ports[{first}] で使用済み）',
    'k8s/duplicate-service-port.name': 'ポート名 "{name}" が重複しています（ports[{first}] で使用済み）',
    'k8s/duplicate-service-port.node-port': 'nodePort {port} が重複しています（ports[{first}] で使用済み）',
  },
};
