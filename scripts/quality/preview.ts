import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { plainEnv } from './plain-env.ts';

export interface Preview {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Absolute URL of a site path such as `/k8s-network-notes/en/cni/`. */
  url(path: string): string;
  stop(): Promise<void>;
}

/** A free localhost port: bind port 0, read what the OS gave, release it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Serves a built `dist` folder with `astro preview` (the same server a reader gets from `npm start`) on a free
 * localhost port. BASE_PATH must match the build so the server mounts the site under the same base.
 * `--ignore-lock` lets several test files run their own preview at once.
 */
export async function startPreview(distDir: string, base: string, cwd = process.cwd()): Promise<Preview> {
  const port = await freePort();
  const child = spawn('npx', ['astro', 'preview', '--outDir', distDir, '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd,
    env: { ...plainEnv(), BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const stop = () => stopProcessGroup(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${origin}${base}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro preview did not answer on ${origin}${base} within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, url: (path) => new URL(path, origin).href, stop };
}

/** npx starts astro as a child; the server runs in its own process group so one signal stops both. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
