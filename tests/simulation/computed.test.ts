import { describe, expect, it } from 'vitest';
import { computeBlock } from '../../src/examples/computed.ts';
import { ExampleError } from '../../src/examples/load-example.ts';
import { formatMatrix } from '../../src/simulation/format.ts';

const netdemo = ['netdemo/namespace.yaml', 'netdemo/frontend-deployment.yaml', 'netdemo/frontend-service.yaml', 'netdemo/client-pod.yaml'];
const page = 'content/docs/services.mdx';

describe('computed blocks for the pages (src/examples/computed.ts)', () => {
  it('the EndpointSlice of frontend: two endpoints on 8080, unnamed port', () => {
    const block = computeBlock({ examples: netdemo, show: 'slices', service: 'netdemo/frontend' }, page, []);
    expect(block.lang).toBe('yaml');
    expect(block.code).toContain('kubernetes.io/service-name: frontend');
    expect(block.code.match(/- addresses:/g)).toHaveLength(2);
    expect(block.code).toContain('ports:\n  - name: ""\n    port: 8080\n    protocol: TCP\n');
  });

  it("kube-proxy's iptables rules for frontend only, with its KUBE-SVC chain and the 1/2 ladder", () => {
    const block = computeBlock({ examples: netdemo, show: 'iptables', service: 'netdemo/frontend' }, page, []);
    expect(block.code.split('\n').slice(0, 2)).toEqual(['# the rules for netdemo/frontend only (an excerpt of iptables-save)', '*nat']);
    expect(block.code).toContain('-A KUBE-SVC-622UNYW4O4WYEHK2 -m comment --comment "netdemo/frontend -> ');
    expect(block.code).toContain('--probability 0.5000000000');
    expect(block.code).not.toContain('KUBE-POSTROUTING');
  });

  it('a trace whose outcome the page states', () => {
    const block = computeBlock(
      { examples: netdemo, show: 'trace', from: 'netdemo/client', to: 'frontend:8080', expect: 'delivered' },
      page,
      [],
    );
    expect(block.code.trimEnd().split('\n').at(-1)).toBe('  result: delivered');
  });

  it('fails, naming the page, when the page and the computation disagree or the input is missing', () => {
    const wrong = () =>
      computeBlock({ examples: netdemo, show: 'trace', from: 'netdemo/client', to: 'frontend:8080', expect: 'rejected' }, page, []);
    expect(wrong).toThrow(ExampleError);
    expect(wrong).toThrow(
      /on page content\/docs\/services\.mdx: the trace netdemo\/client → frontend:8080 ends "delivered", the page expects "rejected"/,
    );
    expect(() => computeBlock({ examples: netdemo, show: 'iptables', service: 'netdemo/nosuch' }, page, [])).toThrow(
      /no Service netdemo\/nosuch/,
    );
    expect(() => computeBlock({ examples: ['netdemo/missing.yaml'], show: 'slices', service: 'netdemo/frontend' }, page, [])).toThrow(
      ExampleError,
    );
    expect(() => computeBlock({ examples: netdemo, show: 'policy' }, page, [])).toThrow(/no NetworkPolicy/);
  });

  it('refuses an example the validator reports errors in', () => {
    const problems = [
      {
        file: 'examples/netdemo/frontend-service.yaml',
        line: 1,
        column: 1,
        ruleId: 'k8s/x',
        severity: 'error' as const,
        message: 'broken',
      },
    ];
    expect(() => computeBlock({ examples: netdemo, show: 'slices', service: 'netdemo/frontend' }, page, problems)).toThrow(ExampleError);
  });
});

describe('rule excerpts for one Service', () => {
  const files = ['netdemo/namespace.yaml', 'netdemo/frontend-service.yaml'];
  it('a Service without endpoints: the REJECT rule (iptables) and the reject verdict element (nftables)', () => {
    const ipt = computeBlock({ examples: files, show: 'iptables', service: 'netdemo/frontend' }, page, []);
    expect(ipt.code).toContain('*filter\n-A KUBE-SERVICES -m comment --comment "netdemo/frontend has no endpoints"');
    expect(ipt.code).toContain('-j REJECT');
    const nft = computeBlock({ examples: files, show: 'nftables', service: 'netdemo/frontend' }, page, []);
    expect(nft.code).toMatch(/add element ip kube-proxy cluster-ips \{ 10\.43\.\d+\.\d+ \}/);
    expect(nft.code).toContain('comment "netdemo/frontend" : goto reject-chain }');
  });
});

describe('the NetworkPolicy table on the pages', () => {
  const files = [
    'netdemo/namespace.yaml',
    'netdemo/frontend-deployment.yaml',
    'netdemo/database-deployment.yaml',
    'netdemo/database-networkpolicy.yaml',
    'netdemo/client-pod.yaml',
  ];
  it('folds the replicas of a workload into one row when their verdicts agree', () => {
    const rows = computeBlock({ examples: files, show: 'policy' }, page, []).code.trimEnd().split('\n');
    const cells = rows.map((r) => r.split(/ {2,}/));
    expect(cells).toEqual([
      ['FROM', 'TO', 'PORT', 'VERDICT', 'DECIDED BY'],
      [
        'netdemo/client',
        'netdemo/database (Deployment)',
        '5432/TCP',
        'denied',
        'ingress: isolated by netdemo/database-allow-frontend, no rule allows',
      ],
      [
        'netdemo/frontend (Deployment, 2 Pods)',
        'netdemo/database (Deployment)',
        '5432/TCP',
        'allowed',
        'ingress: netdemo/database-allow-frontend ingress[0]',
      ],
      ['netdemo/client', 'netdemo/frontend (Deployment, 2 Pods)', '8080/TCP', 'allowed', 'no policy selects either Pod'],
      ['netdemo/database (Deployment)', 'netdemo/frontend (Deployment, 2 Pods)', '8080/TCP', 'allowed', 'no policy selects either Pod'],
      [
        'netdemo/frontend (Deployment, 2 Pods)',
        'netdemo/frontend (Deployment, 2 Pods)',
        '8080/TCP',
        'allowed',
        'no policy selects either Pod',
      ],
    ]);
  });

  it('keeps Pod rows when replicas of one workload get different verdicts', () => {
    const verdict = (allowed: boolean) => ({
      allowed,
      egress: { allowed: true, reason: 'not-isolated' as const },
      ingress: allowed
        ? { allowed: true, reason: 'not-isolated' as const }
        : { allowed: false, reason: 'no-rule' as const, isolatedBy: ['ns/p'] },
    });
    const row = (from: string, allowed: boolean) => ({
      from,
      to: 'ns/db',
      fromOwner: 'ns/Deployment/web',
      toOwner: 'ns/Pod/db',
      port: 80,
      protocol: 'TCP',
      verdict: verdict(allowed),
    });
    const text = formatMatrix([row('ns/web-1', true), row('ns/web-2', false)], { byWorkload: true });
    expect(
      text
        .split('\n')
        .slice(1, 3)
        .map((l) => l.split(/ {2,}/)[0]),
    ).toEqual(['ns/web-1', 'ns/web-2']);
  });
});

describe('placeholder sizing', () => {
  it('counts a trace by its wrapped rows, a rule block by its lines', () => {
    const files = [
      'netdemo/namespace.yaml',
      'netdemo/frontend-deployment.yaml',
      'netdemo/frontend-service.yaml',
      'netdemo/client-pod.yaml',
    ];
    const trace = computeBlock({ examples: files, show: 'trace', from: 'netdemo/client', to: 'frontend:8080' }, page, []);
    const rows = trace.code.trimEnd().split('\n');
    expect(trace.wrap).toBe(true);
    expect(trace.lines).toBeGreaterThan(rows.length);
    expect(trace.lines).toBe(rows.reduce((n, r) => n + Math.max(1, Math.ceil(r.length / 72)), 0));
    const rules = computeBlock({ examples: files, show: 'iptables', service: 'netdemo/frontend' }, page, []);
    expect([rules.wrap, rules.lines]).toEqual([false, rules.code.trimEnd().split('\n').length]);
  });
});
