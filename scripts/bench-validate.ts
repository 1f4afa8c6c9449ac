/**
 * `npm run bench:validate [-- N…]`: generates a realistic corpus (scripts/bench-corpus.ts: many kinds, nested Pod
 * templates, RBAC, conflists, a few problems per file) of 1,000 and 100,000 resources (or the sizes given), runs the
 * whole CLI on each (start, read, parse, validate, JSON report), pinned to one core with `taskset -c 0` where it
 * exists, and prints resources per CPU second. The CPU time is the child's own (process.cpuUsage at exit), so
 * neighbours on a busy machine do not count; wall clock is printed beside it. Linear growth shows as a steady
 * marginal rate between the sizes. A figure, not a test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench-corpus.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1_000, 100_000);
const scratch = mkdtempSync(join(tmpdir(), 'bench-validate-'));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'src', 'cli', 'validate.ts');
const compileCache = join(root, 'src', 'cli', 'compile-cache.ts');
const env = { ...process.env, NODE_COMPILE_CACHE: join(scratch, 'compile-cache') };
const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const cpuFile = join(scratch, 'cpu.json');
// The child writes its own CPU time on exit.
const reportCpu = `data:text/javascript,process.on('exit',()=>process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(cpuFile)},JSON.stringify(process.cpuUsage())))`;

interface Run {
  resources: number;
  files: number;
  problems: number;
  wall: number;
  cpu: number;
}

function run(dir: string): Run {
  const args = ['--import', compileCache, '--import', reportCpu, cli, '--format', 'json', '--mode', 'loose', dir];
  const [command, commandArgs] = pinned ? ['taskset', ['-c', '0', process.execPath, ...args]] : [process.execPath, args];
  const start = performance.now();
  let stdout = '';
  try {
    stdout = execFileSync(command, commandArgs as string[], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env });
  } catch (error) {
    stdout = String((error as { stdout?: string }).stdout ?? ''); // exit 1: the corpus has errors on purpose
  }
  const wall = (performance.now() - start) / 1000;
  const usage = JSON.parse(readFileSync(cpuFile, 'utf8')) as { user: number; system: number };
  const report = JSON.parse(stdout) as { resources: number; files: number; problems: unknown[] };
  return {
    resources: report.resources,
    files: report.files,
    problems: report.problems.length,
    wall,
    cpu: (usage.user + usage.system) / 1e6,
  };
}

try {
  // One small run first, so the compile cache is warm as it is for every run but the first on a machine.
  const warmDir = join(scratch, 'warm');
  writeCorpus(warmDir, 200);
  run(warmDir);
  const results: Run[] = [];
  for (const size of sizes) {
    const dir = join(scratch, `corpus-${size}`);
    const corpus = writeCorpus(dir, size);
    const result = run(dir);
    rmSync(dir, { recursive: true, force: true });
    results.push(result);
    console.log(
      `${result.resources} resources (${corpus.files} files, ${corpus.conflists} conflists), ${result.problems} problems: ` +
        `${result.cpu.toFixed(2)} s CPU, ${result.wall.toFixed(2)} s wall → ${Math.round(result.resources / result.cpu)} resources per CPU second` +
        ` (${Math.round(result.resources / result.wall)} per second wall clock)`,
    );
  }
  const large = results.at(-1)!;
  let marginalText = '';
  if (results.length >= 2) {
    const small = results[0]!;
    const marginal = (large.resources - small.resources) / (large.cpu - small.cpu);
    marginalText = `, marginal ${Math.round(marginal)} resources/s from ${small.resources} to ${large.resources}`;
    console.log(
      `growth ${small.resources} → ${large.resources}: ${(large.cpu / small.cpu).toFixed(1)}× the CPU time for ` +
        `${(large.resources / small.resources).toFixed(0)}× the resources (process start-up and module loading are paid once)`,
    );
  }
  // The one line `npm run bench` copies into the README (the first line with "resources/s").
  console.log(
    `${Math.round(large.resources / large.cpu)} resources/s per CPU second on one core at ${large.resources} resources, whole CLI${marginalText} (target ≥ 5,000)`,
  );
  console.log(
    `${pinned ? 'pinned to CPU 0 with taskset' : 'not pinned (no taskset)'}; target ≥ 5,000 resources per CPU second; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
