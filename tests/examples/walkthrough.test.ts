import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { commandLines } from '../../src/examples/command-lines.ts';
import { portForwardAlive, runWalkthrough } from './support/fake-cluster.ts';

// The runner is tested with a fake kubectl/curl (tests/examples/support/fake-command.sh): it cannot reach a cluster
// here. The real run happens in .github/workflows/examples.yml on kind.

/** The step files of a variant, in order, as `--list` prints them (a background step's check file follows it). */
async function listed(variant: string): Promise<string[]> {
  const run = await runWalkthrough(['--list', '--variant', variant]);
  if (run.status !== 0) throw new Error(`--list failed: ${run.stderr}`);
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [file, how = ''] = line.split(' ');
      return how.startsWith('background=') ? [file!, how.slice('background='.length)] : [file!];
    });
}

/** The first three words of each kubectl/curl line of the step files, as the fake records them. */
function expectedCalls(files: string[]): string[] {
  return files.flatMap((file) =>
    commandLines(readFileSync(`examples/${file}`, 'utf8')).flatMap((line) => [
      // A command substitution such as curl "http://$(kubectl get service …)/" runs before the command around it.
      ...[...line.matchAll(/\$\((kubectl [^)]*)\)/g)].map((match) => (match[1] ?? '').split(' ').slice(0, 3).join(' ')),
      ...(/^(kubectl|curl) /.test(line) ? [line.split(' ').slice(0, 3).join(' ')] : []),
    ]),
  );
}
const firstWords = (calls: string[]) => calls.map((call) => call.split(' ').slice(0, 3).join(' '));

// What a real cluster answers where a step must fail: kubectl diff finds differences, NetworkPolicy blocks the client
// (its DNS lookup under default deny, its connection to the database), PostgreSQL gives curl an empty reply;
// dnsutils cannot resolve names without DNS egress; the echo Service, broken on purpose, refuses connections.
const EXPECTED_FAILURES = [
  '1 kubectl diff *',
  '28 kubectl exec client * http://database:5432/',
  '28 kubectl exec client * --connect-timeout 5 http://frontend:8080/',
  '52 kubectl exec deploy/frontend * http://database:5432/',
  // DNS egress denied for dnsutils: its lookup fails. The troubleshooting steps break the echo Service on purpose.
  '6 kubectl exec dnsutils * http://frontend:8080/',
  '7 kubectl exec client -n netdemo -- curl --silent --show-error http://echo:8080/hostname',
];

// Command files the walkthrough does not run, each with the reason.
const MANUAL_ONLY: Record<string, string> = {
  'commands/edit-service.sh': 'opens an editor; patch-to-loadbalancer.sh makes the same change',
  'commands/cni-rancher-desktop-shell.sh': 'interactive shell on the Rancher Desktop VM',
  'commands/cni-rancher-desktop-ls.sh': 'needs rdctl (Rancher Desktop)',
  'commands/cni-rancher-desktop-cat.sh': 'needs rdctl (Rancher Desktop)',
  'commands/cni-k3s-ls.sh': 'runs on a k3s node with sudo',
  'commands/cni-kind-ls.sh': 'needs docker and the kind node container',
  'commands/kind-create-cluster.sh': 'creates the cluster the walkthrough then runs on',
  'commands/node-iptables-rancher-desktop.sh': 'needs rdctl (Rancher Desktop)',
  'commands/node-iptables-kind.sh': 'needs docker and the kind node container',
  'commands/node-iptables-debug.sh': 'interactive privileged Pod on a node, left behind for you to delete',
  'commands/kind-create-cluster-nftables.sh': 'creates a second kind cluster, in nftables mode',
  'commands/kube-proxy-mode-rancher-desktop.sh': 'needs rdctl (Rancher Desktop)',
  'commands/kube-proxy-mode-kind.sh': 'needs docker and both kind clusters',
  'commands/kube-proxy-mode-configmap.sh': 'kubeadm and kind only: k3s has no kube-proxy ConfigMap',
  'commands/kube-proxy-mode-aks.sh': 'needs the Azure CLI and an AKS cluster',
  'commands/nft-kube-proxy-kind.sh': 'needs docker and the nftables kind cluster',
  'commands/cleanup.sh': 'run by --cleanup',
  'commands/apply-gateway-kind.sh': 'needs cloud-provider-kind running beside the kind cluster',
  'commands/get-gateway.sh': 'needs cloud-provider-kind running beside the kind cluster',
  'commands/curl-gateway.sh': 'needs cloud-provider-kind running beside the kind cluster',
  'commands/apply-gateway-traefik.sh': "needs Traefik's Kubernetes Gateway provider enabled and the Gateway API CRDs installed",
};

// Each test runs the script in its own temp folder with its own fake tools, so they can run concurrently.
describe.concurrent('examples/walkthrough.sh', () => {
  it('lists each variant in order, with only its own Service steps', async ({ expect }) => {
    const lb = await listed('loadbalancer');
    const np = await listed('nodeport');
    expect(lb).toContain('commands/patch-to-loadbalancer.sh');
    expect(lb).not.toContain('commands/apply-nodeport.sh');
    expect(np).toContain('commands/apply-nodeport.sh');
    expect(np).not.toContain('commands/patch-to-loadbalancer.sh');
    const order = [
      'commands/apply-namespace.sh',
      'commands/apply-frontend.sh',
      'commands/expose.sh',
      'commands/get-service-wide.sh',
      'commands/port-forward.sh',
      'commands/patch-to-loadbalancer.sh',
      'commands/get-svclb-daemonset.sh',
      'commands/apply-mealie.sh',
      'commands/apply-mealie-service.sh',
    ];
    const positions = order.map((file) => lb.indexOf(file));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('accounts for every command file: run by a variant, or manual-only with a reason', async ({ expect }) => {
    const run = new Set([...(await listed('loadbalancer')), ...(await listed('nodeport'))]);
    const files = readdirSync('examples/commands')
      .filter((name) => name.endsWith('.sh'))
      .map((name) => `commands/${name}`);
    const unaccounted = files.filter((file) => !run.has(file) && !(file in MANUAL_ONLY));
    expect(unaccounted).toEqual([]);
    const stale = Object.keys(MANUAL_ONLY).filter((file) => !files.includes(file) || run.has(file));
    expect(stale).toEqual([]);
  });

  for (const variant of ['loadbalancer', 'nodeport']) {
    it(`runs the ${variant} command files themselves, in order, printing each command first`, async ({ expect }) => {
      const files = await listed(variant);
      // The check files of background steps run inside those steps, without a header of their own.
      const steps = files.filter((file) => !['commands/curl-port-forward.sh', 'commands/curl-port-forward-echo.sh'].includes(file));
      const run = await runWalkthrough(['--variant', variant], EXPECTED_FAILURES);
      expect(run.stderr).not.toContain('FAILED');
      expect(run.status).toBe(0);
      // Every step's commands are printed, right after its header, exactly as commandLines() reads the file.
      steps.forEach((file, index) => {
        const header = `[${index + 1}/${steps.length}] ${file}\n`;
        const shown = commandLines(readFileSync(`examples/${file}`, 'utf8'))
          .map((line) => `$ ${line}\n`)
          .join('');
        expect(run.stdout).toContain(header + shown);
      });
      expect(firstWords(run.calls.slice(1))).toEqual(expectedCalls(files));
      expect(run.calls[0]).toBe('kubectl config current-context');
    });
  }

  it('with WALKTHROUGH_OUTPUT_DIR, writes the output of each step to <dir>/<step>.out, the port-forward included', async ({ expect }) => {
    const dir = mkdtempSync(join(tmpdir(), 'walkthrough-outputs-'));
    try {
      const run = await runWalkthrough(['--variant', 'nodeport'], EXPECTED_FAILURES, { WALKTHROUGH_OUTPUT_DIR: dir });
      expect(run.status).toBe(0);
      const written = readdirSync(dir).sort();
      // A step that runs twice (curl-from-client.sh before and after the default deny) writes one file.
      const expected = [
        ...new Set((await listed('nodeport')).map((file) => `${file.slice('commands/'.length, -'.sh'.length)}.out`)),
      ].sort();
      expect(written).toEqual(expected);
      expect(readFileSync(join(dir, 'port-forward.out'), 'utf8')).toBe('Forwarding from 127.0.0.1:8080 -> 8080\n');
      expect(readFileSync(join(dir, 'curl-nodeport.out'), 'utf8')).toBe('200\n');
      // stderr goes into the same file: the fake's failure message for the blocked curl.
      expect(readFileSync(join(dir, 'check-database-blocked.out'), 'utf8')).toBe('fake kubectl: exit 28\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never prints the generated database password', async ({ expect }) => {
    const run = await runWalkthrough([], EXPECTED_FAILURES);
    const secretCall = run.calls.find((call) => call.startsWith('kubectl create secret generic database'));
    const password = secretCall?.split('POSTGRES_PASSWORD=')[1];
    expect(password).toMatch(/^[A-Za-z0-9+/]{32}$/);
    expect(run.stdout + run.stderr).not.toContain(password!);
  });

  it('stops at the first failing step with its exit code', async ({ expect }) => {
    const run = await runWalkthrough([], ['3 kubectl expose *']);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('walkthrough: FAILED at commands/expose.sh: exit code 3 (expected 0)');
    expect(run.calls.at(-1)).toBe('kubectl expose deployment frontend --port 8080 -n netdemo');
    expect(run.stdout).not.toContain('commands/get-service.sh');
  });

  it('accepts only the listed exit codes of a step', async ({ expect }) => {
    const diffError = await runWalkthrough([], ['2 kubectl diff *']);
    expect(diffError.status).toBe(2);
    expect(diffError.stderr).toContain('FAILED at commands/diff-frontend-service.sh: exit code 2 (expected 0,1)');

    // The NetworkPolicy check must fail to connect; a database that answers is a failed walkthrough.
    const reachable = await runWalkthrough([], ['1 kubectl diff *']);
    expect(reachable.status).toBe(1);
    expect(reachable.stderr).toContain('FAILED at commands/check-database-blocked.sh: exit code 0 (expected 7,28)');

    // With DNS egress denied, the name must not resolve; a lookup that succeeds is a failed walkthrough.
    const resolved = await runWalkthrough(
      [],
      EXPECTED_FAILURES.filter((rule) => !rule.includes('dnsutils')),
    );
    expect(resolved.status).toBe(1);
    expect(resolved.stderr).toContain('FAILED at commands/dns-egress-blocked.sh: exit code 0 (expected 6,28)');
  });

  it('runs port-forward in the background, checks it with curl, then stops it', async ({ expect }) => {
    const run = await runWalkthrough(['--variant', 'nodeport'], EXPECTED_FAILURES);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Forwarding from 127.0.0.1:8080 -> 8080');
    expect(run.stdout).toContain('(stopped commands/port-forward.sh)');
    expect(await portForwardAlive(run)).toBe(false);
  });

  it('stops the port-forward also when its check fails', async ({ expect }) => {
    const run = await runWalkthrough([], ['7 curl * http://localhost:8080/']);
    expect(run.status).toBe(7);
    expect(run.stderr).toContain('FAILED at commands/curl-port-forward.sh: exit code 7 (expected 0)');
    expect(await portForwardAlive(run)).toBe(false);
    expect(run.stdout).not.toContain('commands/apply-client.sh');
  });

  it('--cleanup runs only the cleanup command file', async ({ expect }) => {
    const run = await runWalkthrough(['--cleanup']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('$ kubectl delete namespace netdemo mealie --ignore-not-found');
    expect(run.calls).toEqual(['kubectl delete namespace netdemo mealie --ignore-not-found']);
  });

  it('rejects an unknown variant or argument without touching the cluster', async ({ expect }) => {
    for (const args of [['--variant', 'ingress'], ['--frobnicate']]) {
      const run = await runWalkthrough(args);
      expect(run.status).toBe(2);
      expect(run.calls).toEqual([]);
    }
  });
});
