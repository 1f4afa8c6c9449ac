import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareContext } from '../../src/playground/engine.ts';
import { hasSimulatedKind, simulateInBrowser } from '../../src/playground/simulation.ts';

/** The worker's simulation step, without a browser: the published example set as context, the edited text in focus. */
const set = ['netdemo', 'mealie'].flatMap((dir) =>
  readdirSync(`examples/${dir}`).map((n) => ({ file: `${dir}/${n}`, text: readFileSync(`examples/${dir}/${n}`, 'utf8') })),
);
const context = await prepareContext(set);

describe('playground simulation (src/playground/simulation.ts)', () => {
  it('an edited Service shows its slice and rules in both modes, not the other Services', () => {
    const text = readFileSync('examples/netdemo/frontend-service.yaml', 'utf8');
    const view = simulateInBrowser(text, 'netdemo/frontend-service.yaml', context);
    expect(view.slices).toContain('kubernetes.io/service-name: frontend\n');
    expect(view.slices).not.toContain('service-name: database');
    expect(view.iptables).toContain('KUBE-SVC-622UNYW4O4WYEHK2');
    expect(view.nftables).toContain('service-');
    expect(view.nftables).toContain('-netdemo/frontend/tcp/');
  });

  it("the reader's edit is what is simulated: a changed targetPort changes the endpoint port", () => {
    const text = readFileSync('examples/netdemo/frontend-service.yaml', 'utf8').replace('targetPort: 8080', 'targetPort: 9090');
    const view = simulateInBrowser(text, 'netdemo/frontend-service.yaml', context);
    expect(view.slices).toContain('port: 9090');
    expect(view.iptables).toContain(':9090');
  });

  it('an edited NetworkPolicy shows the verdicts it decides; a trace answers, a bad trace end explains', () => {
    const text = readFileSync('examples/netdemo/database-networkpolicy.yaml', 'utf8');
    const view = simulateInBrowser(text, 'netdemo/database-networkpolicy.yaml', context, {
      from: 'netdemo/client',
      to: 'database:5432',
      mode: 'nftables',
    });
    expect(view.policy).toMatch(/netdemo\/client +netdemo\/database-\S+ +5432\/TCP +denied/);
    expect(view.trace?.split('\n').at(-1)).toBe('  result: denied');
    const bad = simulateInBrowser(text, 'netdemo/database-networkpolicy.yaml', context, {
      from: 'nobody',
      to: 'database:5432',
      mode: 'iptables',
    });
    expect(bad.traceError).toContain('no Pod or workload "nobody"');
  });
});

describe('which texts the worker simulates', () => {
  it('YAML and JSON manifests of the kinds it reads, not a ConfigMap or a ServiceAccount', () => {
    expect(['kind: Service', '{"kind": "Pod"}', '- kind: Deployment', "kind: 'NetworkPolicy'"].map(hasSimulatedKind)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['kind: ConfigMap', 'kind: ServiceAccount', 'apiVersion: v1'].map(hasSimulatedKind)).toEqual([false, false, false]);
  });
});
