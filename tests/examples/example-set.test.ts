import { describe, expect, it } from 'vitest';
import { formatText, validateExampleSet } from '../../src/validation/index.ts';

describe('the example set', () => {
  it('passes validation as one set (strict schema, API and policy rules, cross-file checks)', async () => {
    const report = await validateExampleSet('examples');
    expect(report.files).toBeGreaterThan(60);
    expect(report.resources).toBeGreaterThanOrEqual(13);
    const errors = report.problems.filter((problem) => problem.severity === 'error');
    expect(errors, formatText({ ...report, problems: errors })).toEqual([]);
  });
});
