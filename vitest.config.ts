import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Four tiers, run in this order by `npm test` (each also on its own: `npm run test:<tier>`; CONTRIBUTING.md says
 * which to run when):
 * - unit: the validator, the diagram pipeline without a browser, content and example checks. No build, no browser.
 * - site: tests that read a real `astro build` (made once per run and base path, tests/support/site.ts).
 * - browser: real Chromium (end to end, axe, screenshots, playground, diagram renderer). One file at a time: on a
 *   2-core machine Chromium sessions side by side only slow each other down.
 * - lighthouse: Lighthouse times the page's CPU work, so it runs alone, after every other file has finished.
 * Every test file that the site, browser and lighthouse lists do not name is a unit test.
 */
const SITE = [
  'tests/site/site.test.ts',
  'tests/site/social-cards.test.ts',
  'tests/site/machine-readable.test.ts',
  'tests/site/search-index.test.ts',
  'tests/examples/published.test.ts',
  'tests/examples/rendered.test.ts',
  'tests/quality/js-budget.test.ts',
  'tests/quality/site-gates.test.ts',
  'tests/playground/bundle.test.ts',
  'tests/diagrams/built-site.test.ts',
  'tests/diagrams/build-without-browser.test.ts',
];
const BROWSER = [
  'tests/e2e/**/*.test.ts',
  'tests/playground/playground.test.ts',
  'tests/playground/simulation.test.ts',
  'tests/diagrams/screenshots.test.ts',
  'tests/diagrams/renderer.test.ts',
  'tests/diagrams/cache-fresh.test.ts',
  'tests/diagrams/plugin-dev-render.test.ts',
];
const LIGHTHOUSE = ['tests/lighthouse/**/*.test.ts', 'tests/quality/lighthouse-gate.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE, ...BROWSER, ...LIGHTHOUSE],
          // Vitest's default is one worker fewer than the cores, which is one worker on a 2-core machine; unit files
          // spend much of their time waiting on child processes (the CLIs, textlint, bash), so one per core is faster.
          maxWorkers: '100%',
          // Most unit files load the validator and its Kubernetes schemas; isolated, each file loads them again (the
          // tier took 48 s, 21 of them in imports). No unit test mocks a module or changes a global, so the files of a
          // worker share one module graph; the engine's caches are meant to be shared anyway.
          isolate: false,
          // A hung unit test fails in seconds, not minutes; the few slower checks say so with their own timeout.
          testTimeout: 20_000,
          hookTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // Two real builds (one per base path) on a 2-core machine, shared by the files of the run.
        test: { name: 'site', include: SITE, testTimeout: 120_000, hookTimeout: 300_000, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          fileParallelism: false,
          testTimeout: 180_000,
          // A file's beforeAll may build the site first when this tier runs on its own.
          hookTimeout: 600_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: LIGHTHOUSE,
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
