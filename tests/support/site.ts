import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { plainEnv } from '../../scripts/quality/plain-env.ts';

export const PAGES_BASE = '/k8s-network-notes/';
export const SITE_URL = 'https://example.github.io';

/**
 * Builds the real site with `astro build` for a base path, once per test run: the first test file to ask builds
 * (holding a lock folder), the others wait for its `.done` marker. Returns the output folder.
 */
export async function builtSite(base: string): Promise<string> {
  const key = base === '/' ? 'root' : base.replace(/[^a-z0-9]+/gi, '_');
  const outDir = join(inject('runDir'), `dist-${key}`);
  const lock = `${outDir}.lock`;
  const done = join(outDir, '.build-done');
  const failed = `${outDir}.failed`;
  if (!tryMkdir(lock)) {
    for (;;) {
      if (existsSync(done)) return outDir;
      if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
      await sleep(250);
    }
  }
  // Builds of one project share `.astro/` and Vite's cache folder: two at once can corrupt each other's output.
  const projectLock = join(inject('runDir'), 'astro-build.lock');
  while (!tryMkdir(projectLock)) await sleep(250);
  let result: SpawnSyncReturns<string>;
  try {
    result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...plainEnv(), BASE_PATH: base, SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    rmdirSync(projectLock);
  }
  if (result.status !== 0) {
    const message = `astro build (BASE_PATH=${base}) failed:\n${result.stdout}\n${result.stderr}`;
    writeFileSync(failed, message);
    throw new Error(message);
  }
  writeFileSync(done, new Date().toISOString());
  return outDir;
}

/** mkdir as a lock: true when this call created the folder. */
function tryMkdir(path: string): boolean {
  try {
    mkdirSync(path);
    return true;
  } catch {
    return false;
  }
}
