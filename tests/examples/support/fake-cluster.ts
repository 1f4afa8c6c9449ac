import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FAKE = resolve('tests/examples/support/fake-command.sh');
export const WALKTHROUGH = resolve('examples/walkthrough.sh');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** One line per fake kubectl/curl call, in order. */
  calls: string[];
  /** The process id of the fake port-forward, when the run started one. */
  portForwardPid?: string;
}

/**
 * Runs examples/walkthrough.sh with `kubectl` and `curl` replaced by a recording test double (no cluster exists
 * where tests run). `rules` are lines "<exit code> <glob>" that make matching calls fail.
 */
export async function runWalkthrough(args: string[], rules: string[] = [], extraEnv: Record<string, string> = {}): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'walkthrough-'));
  for (const name of ['kubectl', 'curl']) symlinkSync(FAKE, join(dir, name));
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  writeFileSync(join(dir, 'rules'), rules.map((rule) => `${rule}\n`).join(''));
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      'bash',
      [WALKTHROUGH, ...args],
      {
        cwd: tmpdir(),
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          PATH: `${dir}:${process.env.PATH}`,
          FAKE_LOG: log,
          FAKE_RULES: join(dir, 'rules'),
          BACKGROUND_TIMEOUT: '20',
          BACKGROUND_READY_SECONDS: '5',
          ...extraEnv,
        },
      },
      (_error, stdout, stderr) => done({ status: child.exitCode, stdout, stderr }),
    );
  });
  const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const pidFile = `${log}.port-forward.pid`;
  const portForwardPid = existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim() : undefined;
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls, portForwardPid };
}

/**
 * Whether the fake port-forward of a run is still alive (it must have been stopped). The runner signals its process
 * group and waits for the step's shell, but the signalled port-forward (a grandchild) may take a moment longer to
 * exit on a busy machine: it counts as alive only if it is still there after `withinMs`.
 */
export async function portForwardAlive(run: Run, withinMs = 3_000): Promise<boolean | undefined> {
  const pid = run.portForwardPid;
  if (pid === undefined) return undefined;
  const deadline = Date.now() + withinMs;
  while (running(pid)) {
    if (Date.now() > deadline) return true;
    await new Promise((wake) => setTimeout(wake, 50));
  }
  return false;
}

/** A killed process may linger as a zombie until it is reaped: that counts as stopped. */
function running(pid: string): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  const state = readFileSync(stat, 'utf8').split(') ')[1]?.[0];
  return state !== undefined && state !== 'Z' && state !== 'X';
}
