import type { RuleMessages } from '../../rule.ts';

/** The messages of output/cluster-ip, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'output/cluster-ip': 'CLUSTER-IP {ip} is outside the Service CIDR {cidr}',
    'output/cluster-ip.kubernetes': 'the kubernetes Service has the first address of the Service CIDR ({expected}), not {ip}',
  },
  ja: {
    'output/cluster-ip': 'CLUSTER-IP {ip} がServiceのCIDR {cidr} の外にあります',
    'output/cluster-ip.kubernetes':
      'kubernetes ServiceにはServiceのCIDRの最初のアドレス（{expected}）が割り当てられます。{ip} ではありません',
  },
};
