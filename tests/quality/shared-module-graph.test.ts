import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { filesBelow } from '../../src/validation/files-below.ts';

/**
 * The unit tier runs without isolation (vitest.config.ts: `isolate: false`): the test files of a worker share one
 * module graph. That is sound only while no test replaces a module or changes process-wide state for the files after
 * it; this check keeps it so. A test that needs a mock belongs in a tier that isolates, with a note in the config.
 */
const PROCESS_WIDE = /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(|\bprocess\.chdir\(|\bprocess\.env\.\w+\s*=[^=]/;

test('no test file mocks a module or changes process-wide state', () => {
  const offenders = filesBelow('tests')
    .filter((file) => file.endsWith('.ts') && file !== 'tests/quality/shared-module-graph.test.ts')
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (PROCESS_WIDE.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
  expect(offenders).toEqual([]);
});

test('the pattern catches each kind of change it names, and not a mere mention', () => {
  for (const line of [
    "vi.mock('../x.ts')",
    'vi.stubGlobal("fetch", f)',
    "vi.stubEnv('CI', '1')",
    'vi.useFakeTimers()',
    "process.chdir('/tmp')",
    "process.env.BASE_PATH = '/b/'",
  ]) {
    expect(PROCESS_WIDE.test(line), line).toBe(true);
  }
  for (const line of ["const base = process.env.BASE_PATH ?? '/'", "if (process.env.CI === 'true') {}", '// vi.mock is not used here']) {
    expect(PROCESS_WIDE.test(line), line).toBe(false);
  }
});
