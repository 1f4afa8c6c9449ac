import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Site and browser tests run real `astro build` and Chromium; a 2-core machine needs generous limits.
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
