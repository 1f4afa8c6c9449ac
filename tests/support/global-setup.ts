import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * One scratch folder per test run. Site builds are made lazily inside it (tests/support/site.ts), once per base
 * path, and shared by every test file of the run; it is removed when the run ends.
 */
export default function setup(project: TestProject) {
  const runDir = mkdtempSync(join(tmpdir(), 'k8s-notes-test-'));
  project.provide('runDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    runDir: string;
  }
}
