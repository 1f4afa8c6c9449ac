import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The real CLI, as `npm run simulate` starts it. */
const root = join(import.meta.dirname, '..', '..');

// The Services page's cluster: the netdemo files it was written with (the folder also holds later chapters' policies).
const NETDEMO = [
  'namespace',
  'frontend-deployment',
  'frontend-service',
  'frontend-service-nodeport',
  'database-deployment',
  'database-service',
  'database-networkpolicy',
  'client-pod',
].map((n) => `examples/netdemo/${n}.yaml`);

function run(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'node'), ['src/cli/simulate.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts Node (one to four times): slower than a unit test's default limit on a loaded machine.
describe('npm run simulate', { timeout: 60_000 }, () => {
  it('prints slices, rules and verdicts for a folder', () => {
    const { code, stdout } = run(...NETDEMO);
    expect(code).toBe(0);
    expect(stdout).toContain('## EndpointSlices\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n');
    expect(stdout).toMatch(
      /^-A KUBE-SERVICES -m comment --comment "netdemo\/frontend cluster IP" -m tcp -p tcp -d 10\.43\.\d+\.\d+ --dport 8080 -j KUBE-SVC-622UNYW4O4WYEHK2$/m,
    );
    expect(stdout).toMatch(
      /^netdemo\/client +netdemo\/database-\S+ +5432\/TCP +denied +ingress: isolated by netdemo\/database-allow-frontend, no rule allows$/m,
    );
  });

  it('nftables mode and a trace', () => {
    const { code, stdout } = run(...NETDEMO, '--mode', 'nftables', '--trace', 'netdemo/client', 'frontend:8080');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('trace netdemo/client → frontend:8080 (nftables mode)');
    expect(stdout).toContain('→ service-');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('  result: delivered');
  });

  it('JSON output of a trace', () => {
    const { code, stdout } = run(...NETDEMO, '--format', 'json', '--trace', 'netdemo/client', 'database:5432');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).trace.outcome).toBe('denied');
  });

  it('JSON output of the whole simulation, for another node', () => {
    const { code, stdout } = run(...NETDEMO, '--format', 'json', '--mode', 'nftables', '--node', 'node-2');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.endpointSlices.map((s: { metadata: { generateName: string } }) => s.metadata.generateName).sort()).toEqual([
      'database-',
      'frontend-',
      'frontend-nodeport-',
    ]);
    expect(out.rules.mode).toBe('nftables');
    // nodeport-ips holds the address of the node whose rules these are.
    expect(out.rules.text).toContain('add element ip kube-proxy nodeport-ips { 192.168.64.3 }');
    expect(run(...NETDEMO, '--node', 'node-9')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('node "node-9" is not in the node list'),
    });
  });

  it('refuses manifests with errors, printing them as the validator does (exit 1, no stack trace)', () => {
    const { code, stderr, stdout } = run('tests/validation/fixtures/acceptance/extra-property.yaml');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'tests/validation/fixtures/acceptance/extra-property.yaml:7:3: error k8s/unknown-field: unknown field "replicas" in ServiceSpec',
    );
    expect(stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
  });

  it('usage errors exit 2 with a message: unknown mode, missing trace end, unknown Pod', () => {
    expect(run(...NETDEMO, '--mode', 'ipvs')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown mode "ipvs"') });
    expect(run(...NETDEMO, '--trace', 'netdemo/client')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--trace needs two values'),
    });
    const unknown = run(...NETDEMO, '--trace', 'netdemo/ghost', 'frontend:8080');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: no Pod or workload "netdemo/ghost"');
    expect(unknown.stderr).not.toContain('TraceInputError');
    expect(run('no/such/dir')).toMatchObject({ code: 2, stderr: expect.stringContaining('no/such/dir:1:1: error file/unreadable') });
  });
});
