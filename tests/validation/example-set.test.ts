import { describe, expect, it } from 'vitest';
import { formatText, validateExampleSet } from '../../src/validation/index.ts';

/**
 * The site's examples are one set (strict schema, API and policy rules, cross-file checks): cross-file and policy rules
 * are errors, and there must be none.
 */
describe('examples/', () => {
  it('passes npm run validate -- examples/', async () => {
    const report = await validateExampleSet('examples');
    // The only findings allowed are the checker saying which commands run inside a container or on a node it does not
    // read (kubectl/inner-unchecked, a warning); the list is exact, so a new one is noticed and looked at.
    const unchecked = report.problems.filter((p) => p.ruleId === 'kubectl/inner-unchecked' && p.severity === 'warning');
    expect(unchecked.map((p) => `${p.file}:${p.line}:${p.column} ${p.found}`)).toEqual([
      'examples/commands/dns-resolv-conf.sh:6:37 cat',
      'examples/commands/node-iptables-debug.sh:7:142 iptables-save',
    ]);
    const others = report.problems.filter((p) => !unchecked.includes(p));
    expect(
      others.map((p) => `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.ruleId}: ${p.message}`),
      formatText({ ...report, problems: others }),
    ).toEqual([]);
    // The set really was read: about 70 files, 13 of them Kubernetes resources (a wrong folder would pass empty).
    expect(report.files).toBeGreaterThan(60);
    expect(report.resources).toBeGreaterThanOrEqual(13);
  });
});
