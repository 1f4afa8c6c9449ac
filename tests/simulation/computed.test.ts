import { describe, expect, it } from 'vitest';
import { computeBlock } from '../../src/examples/computed.ts';
import { ExampleError } from '../../src/examples/load-example.ts';

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
