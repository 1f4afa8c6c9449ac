import { describe, expect, it } from 'vitest';
import { type SourceFile, validateFiles } from '../../../src/validation/engine.ts';
import { rulesById } from '../../../src/validation/rules/index.ts';
import type { Mode, Problem } from '../../../src/validation/types.ts';

/**
 * Declarative rule tests in the style of stylelint's `testRule`: every accepted case produces no problem of the rule,
 * every rejected case produces exactly `count` problems of the rule (default 1, so over-firing fails), one of them
 * at the given line and column (and, when the case gives them, end line and end column). Cases run through the whole engine
 * (parse → resources → all rules), so positions come from the real syntax tree.
 */
export interface RuleCase {
  code: string;
  /** File name, which decides the file kind (default `test.yaml`). */
  file?: string;
  /** Other files validated in the same set (cross-file rules). */
  with?: SourceFile[];
  mode?: Mode;
  knownFiles?: string[];
  description?: string;
}

export interface RejectCase extends RuleCase {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** How many problems of the rule the whole case produces (default 1). */
  count?: number;
  messageId?: string;
  severity?: 'error' | 'warning';
  /** A substring the message must contain. */
  message?: string;
}

export interface RuleTest {
  rule: string;
  accept: RuleCase[];
  reject: RejectCase[];
}

export async function run(c: RuleCase): Promise<Problem[]> {
  const files = [{ name: c.file ?? 'test.yaml', text: c.code }, ...(c.with ?? [])];
  const report = await validateFiles(files, { mode: c.mode ?? 'example-set', knownFiles: c.knownFiles ?? [] });
  return report.problems;
}

export function testRule({ rule, accept, reject }: RuleTest): void {
  describe(rule, () => {
    it('is registered', () => {
      expect(rulesById.has(rule)).toBe(true);
      expect(accept.length, 'needs at least one accepted case').toBeGreaterThan(0);
      expect(reject.length, 'needs at least one rejected case').toBeGreaterThan(0);
    });
    accept.forEach((c, index) => {
      it(`accepts ${c.description ?? `case ${index + 1}`}`, async () => {
        const problems = (await run(c)).filter((p) => p.ruleId === rule);
        expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
      });
    });
    reject.forEach((c, index) => {
      it(`rejects ${c.description ?? `case ${index + 1}`} at ${c.line}:${c.column}`, async () => {
        const problems = (await run(c)).filter((p) => p.ruleId === rule);
        const at = problems.filter((p) => p.line === c.line && p.column === c.column && p.file === (c.file ?? 'test.yaml'));
        expect(
          at.length,
          `problems of ${rule}: ${JSON.stringify(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`))}`,
        ).toBeGreaterThan(0);
        expect(
          problems.length,
          `problems of ${rule}: ${JSON.stringify(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`))}`,
        ).toBe(c.count ?? 1);
        const problem = at[0]!;
        if (c.endLine !== undefined) expect(problem.endLine, 'end line').toBe(c.endLine);
        if (c.endColumn !== undefined) expect(problem.endColumn, 'end column').toBe(c.endColumn);
        if (c.messageId) expect(problem.messageId).toBe(c.messageId);
        if (c.severity) expect(problem.severity).toBe(c.severity);
        if (c.message) expect(problem.message).toContain(c.message);
        expect(problem.message, 'unfilled message parameter').not.toMatch(/\{[A-Za-z]+\}/);
      });
    });
  });
}
