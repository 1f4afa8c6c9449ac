import { spawnSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/**
 * When a file last changed in git (the newest commit that touched it), or undefined outside a git checkout or for
 * a file git does not track. Starlight reads these dates only for pages under src/content/docs; pages here live in
 * content/docs, so the route middleware asks git itself (src/site/route-middleware.ts). A shallow clone knows only
 * its newest commit: the deploy workflow needs the full history for the dates to be right.
 */
export function lastCommitDate(file: string, cwd = process.cwd()): Date | undefined {
  const key = `${cwd}\0${file}`;
  if (cache.has(key)) return cache.get(key);
  const result = spawnSync('git', ['log', '-1', '--format=%ct', '--', file], { cwd, encoding: 'utf8' });
  const seconds = result.status === 0 ? Number.parseInt(result.stdout.trim(), 10) : Number.NaN;
  const date = Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined;
  cache.set(key, date);
  return date;
}

/**
 * Starlight's "Edit page" link target: the repository's edit URL on GitHub, from the variables GitHub Actions sets
 * (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_REF_NAME), or EDIT_LINK_BASE for another host. Without them (a local
 * build) pages carry no edit link rather than one that points at a guessed repository.
 */
export function editLinkBase(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.EDIT_LINK_BASE) return env.EDIT_LINK_BASE.endsWith('/') ? env.EDIT_LINK_BASE : `${env.EDIT_LINK_BASE}/`;
  if (!env.GITHUB_REPOSITORY) return undefined;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return `${server}/${env.GITHUB_REPOSITORY}/edit/${env.GITHUB_REF_NAME || 'main'}/`;
}
