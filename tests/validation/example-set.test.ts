import { describe, expect, it } from 'vitest';
import { validateExampleSet } from '../../src/validation/index.ts';

/** The site's examples are one set: cross-file and policy rules are errors, and there must be none. */
describe('examples/', () => {
  it('passes npm run validate -- examples/', async () => {
    const report = await validateExampleSet('examples');
    expect(report.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.files).toBeGreaterThan(10);
    expect(report.resources).toBeGreaterThan(5);
  });
});
