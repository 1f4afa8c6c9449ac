import { parseIPv4 } from '../../../output/cidr.ts';
import { type ServiceVariant, serviceVariants } from '../../../output/service-variants.ts';
import type { OutputRule, Reporter, RuleEnv } from '../../rule.ts';
import { cellAt, serviceRows } from '../shared.ts';

/** The `kubernetes` Service every cluster has: ClusterIP, 443/TCP, the first address of the Service CIDR. */
function builtInVariant(): ServiceVariant {
  return {
    name: 'kubernetes',
    namespace: 'default',
    type: 'ClusterIP',
    ports: [{ port: 443, protocol: 'TCP' }],
    selector: '<none>',
    source: '(built in)',
  };
}

function portsMatch(text: string, variant: ServiceVariant): boolean {
  const entries = text.split(',');
  if (variant.ports.length > 0 && entries.length !== variant.ports.length) return false;
  return entries.every((entry) => {
    const m = /^(\d+)(?::(\d+))?\/(TCP|UDP|SCTP)$/.exec(entry);
    if (!m) return false;
    const port = Number(m[1]);
    const nodePort = m[2] === undefined ? undefined : Number(m[2]);
    const wantsNodePort = variant.type === 'NodePort' || variant.type === 'LoadBalancer';
    if (wantsNodePort !== (nodePort !== undefined)) return false;
    if (variant.ports.length === 0) return true;
    return variant.ports.some((p) => p.port === port && p.protocol === m[3] && (p.nodePort === undefined || p.nodePort === nodePort));
  });
}

export const service: OutputRule = {
  id: 'output/service',
  level: 'cross-file',
  target: 'output',
  description:
    'Each row of a `kubectl get svc` output names a Service of the example set (or the built-in `kubernetes`), and its TYPE, PORT(S), EXTERNAL-IP and SELECTOR agree with a variant of it.',
  check(output, report: Reporter, env: RuleEnv) {
    const rows = serviceRows(output, env);
    if (rows.length === 0) return;
    const variants = [...serviceVariants(env.set), builtInVariant()];
    for (const row of rows) {
      const name = row.cell('NAME')!;
      const ns = row.namespace;
      const candidates = variants.filter((v) => v.name === name.text && v.namespace === ns);
      if (candidates.length === 0) {
        report({
          at: cellAt(output, row, name),
          messageId: 'output/service.unknown',
          params: { name: name.text, namespace: ns },
          found: name.text,
        });
        continue;
      }
      const type = row.cell('TYPE')!;
      const sameType = candidates.filter((v) => v.type === type.text);
      if (sameType.length === 0) {
        const types = [...new Set(candidates.map((v) => v.type))].join(', ');
        report({
          at: cellAt(output, row, type),
          messageId: 'output/service.type',
          params: { name: name.text, found: type.text, expected: types },
          expected: types,
          found: type.text,
        });
        continue;
      }
      const ports = row.cell('PORT(S)')!;
      if (!sameType.some((v) => portsMatch(ports.text, v))) {
        const expected = sameType
          .map((v) => v.ports.map((p) => `${p.port}${v.type === 'ClusterIP' ? '' : ':<nodePort>'}/${p.protocol}`).join(','))
          .join(' or ');
        report({
          at: cellAt(output, row, ports),
          messageId: 'output/service.ports',
          params: { name: name.text, found: ports.text, expected },
          expected,
          found: ports.text,
        });
      }
      const external = row.cell('EXTERNAL-IP')!;
      const externalOk =
        type.text === 'LoadBalancer'
          ? external.text === '<pending>' || external.text.split(',').every((ip) => parseIPv4(ip) !== null)
          : external.text === '<none>' || external.text.split(',').every((ip) => parseIPv4(ip) !== null);
      if (!externalOk)
        report({
          at: cellAt(output, row, external),
          messageId: 'output/service.external-ip',
          params: { name: name.text, found: external.text },
          expected: type.text === 'LoadBalancer' ? 'an IP or <pending>' : '<none>',
          found: external.text,
        });
      const selector = row.cell('SELECTOR');
      if (selector && !sameType.some((v) => v.selector === selector.text)) {
        const expected = [...new Set(sameType.map((v) => v.selector))].join(' or ');
        report({
          at: cellAt(output, row, selector),
          messageId: 'output/service.selector',
          params: { name: name.text, found: selector.text, expected },
          expected,
          found: selector.text,
        });
      }
    }
  },
};
