import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Problem } from '../validation/types.ts';

/**
 * Engine problems (1-based line/column, columns in UTF-16 code units like the `yaml` LineCounter) → document offsets
 * for CodeMirror. Positions are clamped to the document, since the text may differ slightly from what was validated.
 */
export function problemRange(doc: Text, problem: Pick<Problem, 'line' | 'column' | 'endLine' | 'endColumn'>): { from: number; to: number } {
  const from = offsetOf(doc, problem.line, problem.column);
  let to = problem.endLine !== undefined && problem.endColumn !== undefined ? offsetOf(doc, problem.endLine, problem.endColumn) : from;
  if (to <= from) {
    // No usable end: underline to the end of the word (or at least one character) so the mark is visible.
    const line = doc.lineAt(from);
    const rest = line.text.slice(from - line.from);
    const word = /^[^\s:,\]}]+/.exec(rest)?.[0].length ?? 0;
    to = Math.min(line.to, from + Math.max(word, 1));
  }
  return { from, to: Math.max(from, to) };
}

export function offsetOf(doc: Text, line: number, column: number): number {
  const lineNumber = Math.min(Math.max(1, Math.floor(line) || 1), doc.lines);
  const target = doc.line(lineNumber);
  const col = Math.max(1, Math.floor(column) || 1);
  return Math.min(target.from + col - 1, target.to);
}

export function toDiagnostics(doc: Text, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((problem) => ({
    ...problemRange(doc, problem),
    severity: problem.severity,
    source: problem.ruleId,
    message: problem.message,
  }));
}
