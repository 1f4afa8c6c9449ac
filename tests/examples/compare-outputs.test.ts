import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOutput, compareRun, expectedOutputFor } from '../../scripts/examples/compare-outputs.ts';
import { normalizeOutput } from '../../scripts/examples/normalize-output.ts';

// The real outputs of a cluster run differ from the expected ones in what each cluster assigns (addresses, ages,
// names with random suffixes); the comparison must let those through and catch everything else. The "real" outputs
// below are written the way kubectl and curl print them on k3s and on kind.

const K3S_GET_SERVICE = [
  'NAME       TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)    AGE',
  'frontend   ClusterIP   10.43.216.139   <none>        8080/TCP   114s',
].join('\n');
const K3S_GET_SERVICE_REAL = [
  'NAME       TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)    AGE',
  'frontend   ClusterIP   10.43.7.201   <none>        8080/TCP   3s',
  '',
].join('\n');

const KIND_NODEPORT = readFileSync('examples/commands/get-service-nodeport.out', 'utf8');
const KIND_NODEPORT_REAL = [
  'NAME                TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)          AGE',
  'frontend            ClusterIP   10.96.201.114   <none>        8080/TCP         2m1s',
  'frontend-nodeport   NodePort    10.96.7.3       <none>        8080:30080/TCP   1s',
  '',
].join('\n');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function captured(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'captured-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('normalizeOutput', () => {
  it('splits a kubectl table at its header columns and masks AGE and addresses', () => {
    expect(normalizeOutput(K3S_GET_SERVICE)).toEqual([
      'NAME | TYPE | CLUSTER-IP | EXTERNAL-IP | PORT(S) | AGE',
      'frontend | ClusterIP | <ip> | <none> | 8080/TCP | <age>',
    ]);
  });

  it('keeps a header name with a space (NODE SELECTOR) as one column and masks the svclb uid suffix', () => {
    const out = readFileSync('examples/commands/get-svclb-daemonset.out', 'utf8');
    expect(normalizeOutput(out)).toEqual([
      'NAME | DESIRED | CURRENT | READY | UP-TO-DATE | AVAILABLE | NODE SELECTOR | AGE',
      'svclb-frontend-<uid8> | 1 | 1 | 1 | 1 | 1 | <none> | <age>',
    ]);
  });

  it('masks uid, resourceVersion, timestamps and node ports in YAML, and Pod name suffixes', () => {
    expect(
      normalizeOutput(
        [
          '  creationTimestamp: "2026-12-02T00:01:02Z"',
          '  resourceVersion: "901"',
          '  uid: 0d4c1a9e-1b2c-4d5e-8f90-123456789abc',
          '  - nodePort: 31877',
          'pod/frontend-7d9c5b8f6d-x2kq9 condition met',
        ].join('\n'),
      ),
    ).toEqual([
      '  creationTimestamp: "<time>"',
      '  resourceVersion: "<n>"',
      '  uid: <uid>',
      '  - nodePort: <nodeport>',
      'pod/frontend-<hash>-<id> condition met',
    ]);
  });

  it('drops kubectl rollout progress lines, however many a run prints, and keeps words with vowels intact', () => {
    const real = ['deployment.apps/frontend created', 'deployment "frontend" successfully rolled out'].join('\n');
    expect(normalizeOutput(readFileSync('examples/commands/apply-frontend.out', 'utf8'))).toEqual(normalizeOutput(real));
    expect(normalizeOutput('kubectl.kubernetes.io/last-applied-configuration')).toEqual([
      'kubectl.kubernetes.io/last-applied-configuration',
    ]);
  });
});

describe('compareOutput', () => {
  it('passes when only addresses, ages and column widths differ (k3s)', () => {
    expect(compareOutput(K3S_GET_SERVICE, K3S_GET_SERVICE_REAL)).toBeUndefined();
  });

  it('passes when only addresses and ages differ (kind, NodePort variant)', () => {
    expect(compareOutput(KIND_NODEPORT, KIND_NODEPORT_REAL)).toBeUndefined();
  });

  it('passes the real ServiceLB DaemonSet of another Service uid, and the real svclb row with a different age', () => {
    const expected = readFileSync('examples/commands/get-svclb-daemonset.out', 'utf8');
    const real = [
      'NAME                      DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE',
      'svclb-frontend-9a0b1c2d   1         1         1       1            1           <none>          4s',
    ].join('\n');
    expect(compareOutput(expected, real)).toBeUndefined();
    expect(compareOutput(expected, real.replace(/ 1 {9}1 {9}1 {7}1/, ' 2         2         2       2'))).toMatchObject({ line: 2 });
  });

  it('fails a differing column', () => {
    const real = K3S_GET_SERVICE_REAL.replace('ClusterIP   10.43', 'NodePort    10.43');
    expect(compareOutput(K3S_GET_SERVICE, real)).toEqual({
      line: 2,
      expected: 'frontend | ClusterIP | <ip> | <none> | 8080/TCP | <age>',
      actual: 'frontend | NodePort | <ip> | <none> | 8080/TCP | <age>',
    });
  });

  it('fails a value that moved to another column, and an extra column', () => {
    const shifted = [
      'NAME       TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)    AGE',
      'frontend   ClusterIP   10.43.7.201   8080/TCP      <none>     3s',
    ].join('\n');
    expect(compareOutput(K3S_GET_SERVICE, shifted)?.line).toBe(2);
    const wide = readFileSync('examples/commands/get-service-wide.out', 'utf8');
    expect(compareOutput(K3S_GET_SERVICE, wide)?.line).toBe(1);
  });

  it('fails a missing line', () => {
    const missing = KIND_NODEPORT_REAL.split('\n').slice(0, 2).join('\n');
    expect(compareOutput(KIND_NODEPORT, missing)).toEqual({
      line: 3,
      expected: 'frontend-nodeport | NodePort | <ip> | <none> | 8080:<nodeport>/TCP | <age>',
      actual: undefined,
    });
  });

  it('fails a renamed object', () => {
    expect(compareOutput(KIND_NODEPORT, KIND_NODEPORT_REAL.replace('frontend-nodeport', 'frontend-np      '))?.line).toBe(3);
    expect(compareOutput('service/frontend exposed\n', 'service/frontend2 exposed\n')?.line).toBe(1);
  });

  it("tells k3s's immediate rejection from kind's timeout, whatever the milliseconds", () => {
    const k3s = readFileSync('examples/commands/check-database-blocked.out', 'utf8');
    const kind = readFileSync('examples/commands/check-database-blocked.kind.out', 'utf8');
    const realK3s =
      'curl: (7) Failed to connect to database port 5432 after 0 ms: Could not connect to server\ncommand terminated with exit code 7\n';
    const realKind =
      'curl: (28) Failed to connect to database port 5432 after 5001 ms: Timeout was reached\ncommand terminated with exit code 28\n';
    expect(compareOutput(k3s, realK3s)).toBeUndefined();
    expect(compareOutput(kind, realKind)).toBeUndefined();
    expect(compareOutput(k3s, realKind)?.line).toBe(1);
  });

  it('passes the live Service YAML of another run, and fails it when the type differs', () => {
    const expected = readFileSync('examples/commands/get-service-yaml.out', 'utf8');
    const real = expected
      .replace('2026-11-27T01:12:40Z', '2026-12-02T03:04:05Z')
      .replace('"48213"', '"1207"')
      .replace('2b4f6c1e-7d0a-4b8e-9f3c-5a1d2e6b7c80', '5e6f7a8b-1c2d-4e3f-9a0b-c1d2e3f4a5b6')
      .replaceAll('10.43.216.139', '10.43.12.34')
      .replace('31073', '30512')
      .replace('192.168.205.2', '10.1.0.4');
    expect(compareOutput(expected, real)).toBeUndefined();
    expect(compareOutput(expected, real.replace('type: LoadBalancer', 'type: ClusterIP'))).toBeDefined();
  });
});

describe('compareRun', () => {
  it('picks <step>.<platform>.out when there is one, else <step>.out', () => {
    expect(expectedOutputFor('check-database-blocked.out', 'kind')).toBe(join('examples/commands', 'check-database-blocked.kind.out'));
    expect(expectedOutputFor('check-database-blocked.out', 'k3s')).toBe(join('examples/commands', 'check-database-blocked.out'));
    expect(expectedOutputFor('diff-frontend-service.out', 'k3s')).toBeUndefined();
  });

  it('passes a k3s run that printed what the pages show, and skips steps without an expected output', () => {
    const dir = captured({ 'get-service.out': K3S_GET_SERVICE_REAL, 'diff-frontend-service.out': 'diff -u …\n' });
    copyFileSync('examples/commands/check-database-blocked.out', join(dir, 'check-database-blocked.out'));
    const report = compareRun(dir, 'k3s');
    expect(report.ok).toBe(true);
    expect(report.lines.at(-1)).toBe('k3s: 2 compared, 0 differ');
    expect(report.lines).toContain('skipped   diff-frontend-service.out: no expected output in examples/commands');
  });

  it('fails a kind run whose blocked connection was rejected (k3s behaviour), and skips what kind cannot show', () => {
    const dir = captured({
      'check-database-blocked.out': readFileSync('examples/commands/check-database-blocked.out', 'utf8'),
      'get-service-nodeport.out': KIND_NODEPORT_REAL,
      'get-mealie-service.out':
        'NAME     TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)          AGE\nmealie   LoadBalancer   10.96.40.2     <pending>     9000:31234/TCP   5s\n',
    });
    const report = compareRun(dir, 'kind');
    expect(report.ok).toBe(false);
    expect(
      report.lines.some((line) =>
        line.startsWith('DIFFERS   check-database-blocked.out from examples/commands/check-database-blocked.kind.out'),
      ),
    ).toBe(true);
    expect(report.lines.some((line) => line.startsWith('skipped   get-mealie-service.out: kind has no LoadBalancer'))).toBe(true);
    expect(report.lines.at(-1)).toBe('kind: 2 compared, 1 differ');
  });

  it('fails when nothing was compared (an empty or missing capture folder)', () => {
    expect(compareRun(captured({}), 'k3s').ok).toBe(false);
    expect(compareRun(join(tmpdir(), 'no-such-capture-folder'), 'kind').ok).toBe(false);
  });

  it('as a command: exit 0 on a match, 1 on a mismatch, 2 on bad arguments', () => {
    const script = 'scripts/examples/compare-outputs.ts';
    const good = captured({ 'get-service.out': K3S_GET_SERVICE_REAL });
    expect(execFileSync(process.execPath, [script, '--platform', 'k3s', good], { encoding: 'utf8' })).toContain(
      'k3s: 1 compared, 0 differ',
    );
    const bad = captured({ 'get-service.out': K3S_GET_SERVICE_REAL.replace('frontend', 'backend ') });
    expect(spawnSync(process.execPath, [script, '--platform', 'k3s', bad]).status).toBe(1);
    expect(spawnSync(process.execPath, [script, '--platform', 'aks', bad]).status).toBe(2);
  });
});
