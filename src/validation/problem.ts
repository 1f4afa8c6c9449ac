import { formatMessage } from './messages/index.ts';
import type { Location } from './resource.ts';
import { rulesById } from './rules/index.ts';
import { type ReportInput, severityOf } from './rules/rule.ts';
import type { Lang, Mode, Problem } from './types.ts';

/**
 * The one place a Problem is built from what a rule or a stage reports: the engine's rules and parsers and the Node
 * reader's problems (index.ts) all come through here, so every problem has the same fields in the same order.
 */

/** Reports one problem of a rule (or a stage registered as a rule). */
export type Emit = (ruleId: string, input: ReportInput) => void;

/** The place of a problem about a whole file (unreadable, binary, a rule that failed on it). */
export function fileStart(file: string): Location {
  return { file, position: { line: 1, column: 1 }, path: '' };
}

export function toProblem(ruleId: string, input: ReportInput, mode: Mode, lang: Lang): Problem {
  const rule = rulesById.get(ruleId);
  const messageId = input.messageId ?? ruleId;
  // expected and found are message parameters too, unless the rule names them differently in its params.
  const params = {
    ...(input.expected !== undefined && { expected: input.expected }),
    ...(input.found !== undefined && { found: input.found }),
    ...input.params,
  };
  const problem: Problem = {
    file: input.at.file,
    line: input.at.position.line,
    column: input.at.position.column,
    path: input.at.path,
    ruleId,
    severity: input.severity ?? (rule ? severityOf(rule.level, mode) : 'error'),
    message: formatMessage(lang, messageId, params),
    messageId,
    params,
  };
  if (input.at.position.endLine !== undefined) {
    problem.endLine = input.at.position.endLine;
    problem.endColumn = input.at.position.endColumn;
  }
  if (input.expected !== undefined) problem.expected = input.expected;
  if (input.found !== undefined) problem.found = input.found;
  return problem;
}

/** A list to collect a run's problems in, and the Emit that adds to it. */
export function problemCollector(mode: Mode, lang: Lang): { problems: Problem[]; emit: Emit } {
  const problems: Problem[] = [];
  return { problems, emit: (ruleId, input) => problems.push(toProblem(ruleId, input, mode, lang)) };
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
