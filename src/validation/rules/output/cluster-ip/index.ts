import { firstAddress, inCidr, parseIPv4 } from '../../../output/cidr.ts';
import type { OutputRule } from '../../rule.ts';
import { cellAt, serviceRows } from '../shared.ts';

export const clusterIp: OutputRule = {
  id: 'output/cluster-ip',
  level: 'cross-file',
  target: 'output',
  description:
    'CLUSTER-IP is inside one Service CIDR for the whole table (k3s 10.43.0.0/16 or kind/kubeadm 10.96.0.0/12), `None` for headless; the `kubernetes` Service has its first address.',
  check(output, report, env) {
    const rows = serviceRows(output, env).filter((row) => row.cell('CLUSTER-IP')!.text !== 'None');
    // The table's CIDR is the one of the first address inside a known CIDR, so one stray address is one problem, not
    // a problem on every row.
    const ips = rows.map((row) => row.cell('CLUSTER-IP')!.text).filter((ip) => parseIPv4(ip) !== null);
    const cidr = ips.map((ip) => env.set.serviceCidrs.find((c) => inCidr(ip, c))).find((c) => c !== undefined);
    const cidrs = env.set.serviceCidrs.join(' or ');
    for (const row of rows) {
      const ip = row.cell('CLUSTER-IP')!;
      const name = row.cell('NAME')!.text;
      const at = cellAt(output, row, ip);
      if (!cidr || !inCidr(ip.text, cidr))
        report({ at, params: { ip: ip.text, cidr: cidr ?? cidrs }, expected: cidr ?? cidrs, found: ip.text });
      else if (name === 'kubernetes' && ip.text !== firstAddress(cidr))
        report({
          at,
          messageId: 'output/cluster-ip.kubernetes',
          params: { ip: ip.text, expected: firstAddress(cidr) },
          expected: firstAddress(cidr),
          found: ip.text,
        });
    }
  },
};
