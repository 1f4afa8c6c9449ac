/**
 * The environment of a plain shell, for a child `astro build` or `astro preview` started from a test or a script:
 * Vitest sets NODE_ENV=test and Vite's BASE_URL/MODE/DEV/PROD/SSR in process.env, which would leak into the child
 * and change its output.
 */
export function plainEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(key)) delete env[key];
  }
  return env;
}
