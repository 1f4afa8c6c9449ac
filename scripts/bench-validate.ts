/**
 * `npm run bench:validate [-- N]`: generates N (default 10,000) realistic resources (Deployments, Services,
 * ConfigMaps and Namespaces, 100 per file), runs the whole CLI on them in one process (read, parse, validate,
 * format; Node runs JavaScript on one core) and prints resources per second. A figure, not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const total = Number(process.argv[2] ?? 10_000);
const perFile = 100;
const dir = mkdtempSync(join(tmpdir(), 'bench-validate-'));
// Outside `dir`, which the validator reads whole.
const scratch = mkdtempSync(join(tmpdir(), 'bench-validate-scratch-'));

function resource(i: number): string {
  const ns = `team-${i % 10}`;
  switch (i % 4) {
    case 0:
      return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-${Math.floor(i / 4) % 10}\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n`;
    case 1:
      return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ${ns}
  labels:
    app: app-${i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 101
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: web
          image: nginxinc/nginx-unprivileged:1.29.3-alpine
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /
              port: http
          resources:
            requests:
              cpu: 50m
              memory: 32Mi
            limits:
              memory: 64Mi
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
`;
    case 2:
      return `apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i - 1}\n  namespace: team-${(i - 1) % 10}\nspec:\n  selector:\n    app: app-${i - 1}\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n`;
    default:
      return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${i}\n  namespace: ${ns}\ndata:\n  LOG_LEVEL: info\n  FEATURE_X: "true"\n`;
  }
}

try {
  for (let file = 0; file * perFile < total; file++) {
    const docs: string[] = [];
    for (let i = file * perFile; i < Math.min(total, (file + 1) * perFile); i++) docs.push(resource(i));
    writeFileSync(join(dir, `resources-${String(file).padStart(4, '0')}.yaml`), docs.join('---\n'));
  }
  const cliDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli');
  const cli = join(cliDir, 'validate.ts');
  // The same preload as `npm run validate`; a fresh cache folder makes the first run cold and the second warm.
  const compileCache = join(cliDir, 'compile-cache.ts');
  const env = { ...process.env, NODE_COMPILE_CACHE: join(scratch, 'compile-cache') };
  // The child reports its own CPU time on exit: on a busy machine wall time measures the neighbours too.
  const cpuFile = join(scratch, 'cpu.json');
  const reportCpu =
    `data:text/javascript,process.on('exit',()=>require('node:fs').writeFileSync(${JSON.stringify(cpuFile)},JSON.stringify(process.cpuUsage())))`.replace(
      "require('node:fs')",
      'process.getBuiltinModule("node:fs")',
    );
  for (const run of ['first run (cold compile cache)', 'next runs (warm compile cache)']) {
    const start = performance.now();
    let stdout = '';
    try {
      stdout = execFileSync(
        process.execPath,
        ['--import', compileCache, '--import', reportCpu, cli, '--format', 'json', '--mode', 'loose', dir],
        { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env },
      );
    } catch (error) {
      stdout = String((error as { stdout?: string }).stdout ?? '');
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = JSON.parse(readFileSync(cpuFile, 'utf8')) as { user: number; system: number };
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const report = JSON.parse(stdout) as { resources: number; files: number; problems: unknown[]; kubernetesVersion: string };
    console.log(
      `${run} — Kubernetes ${report.kubernetesVersion}: ${report.resources} resources in ${report.files} files, ${report.problems.length} problems`,
    );
    console.log(
      `  full CLI path (process start, read, parse, validate, JSON report): ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU`,
    );
    console.log(
      `  ${Math.round(report.resources / seconds)} resources/s wall clock, ${Math.round(report.resources / cpuSeconds)} resources/s per CPU second (target ≥ 5,000/s on one core)`,
    );
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores (wall clock is only meaningful on an idle machine)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
