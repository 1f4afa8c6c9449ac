import { expect, test } from 'vitest';
import { plainEnv } from '../../scripts/quality/plain-env.ts';

test('plainEnv drops what Vitest and Vite put in process.env and keeps the shell’s own variables', () => {
  // Under Vitest these are set; a child astro that saw them would build in test mode.
  expect(process.env.VITEST).toBeDefined();
  expect(process.env.NODE_ENV).toBe('test');
  const env = plainEnv();
  for (const key of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'TEST']) expect(env, key).not.toHaveProperty(key);
  expect(Object.keys(env).filter((key) => key.startsWith('VITEST'))).toEqual([]);
  expect(env.PATH).toBe(process.env.PATH);
});
