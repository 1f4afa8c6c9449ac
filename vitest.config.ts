import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    // Site and browser tests run real `astro build` and Chromium; a 2-core machine needs generous limits.
    testTimeout: 180_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/lighthouse/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Lighthouse times the page's CPU work, so it runs alone, after every other test file has finished.
        extends: true,
        test: { name: 'lighthouse', include: ['tests/lighthouse/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
