import type { Diagnostic } from '@codemirror/lint';
import type { Problem } from '../validation/types.ts';

/** One line of a document: offsets of its start and end (without the line break) and its text. */
export interface LineInfo {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/**
 * What positioning needs from a document: CodeMirror's `Text` has this shape, and so does `StringLines` (below),
 * which serves the plain text area the page shows before the editor has loaded.
 */
export interface Lines {
  readonly lines: number;
  line(n: number): LineInfo;
  lineAt(pos: number): LineInfo;
}

/** A string indexed by line, with CodeMirror's conventions: 1-based lines, `\n`, `\r\n` and `\r` all end a line. */
export class StringLines implements Lines {
  private readonly starts: number[] = [0];
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {
    for (const m of text.matchAll(/\r\n?|\n/g)) {
      this.ends.push(m.index);
      this.starts.push(m.index + m[0].length);
    }
    this.ends.push(text.length);
  }

  get lines(): number {
    return this.starts.length;
  }

  line(n: number): LineInfo {
    if (!(n >= 1 && n <= this.lines)) throw new RangeError(`Invalid line number ${n} in ${this.lines}-line document`);
    const from = this.starts[n - 1]!;
    const to = this.ends[n - 1]!;
    return { from, to, text: this.text.slice(from, to) };
  }

  lineAt(pos: number): LineInfo {
    // The last line starting at or before pos (binary search: documents may have up to a megabyte of lines).
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= pos) low = mid;
      else high = mid - 1;
    }
    return this.line(low + 1);
  }
}

/**
 * Engine problems (1-based line/column, columns in UTF-16 code units like the `yaml` LineCounter) → document offsets
 * for CodeMirror. Positions are clamped to the document, since the text may differ slightly from what was validated.
 */
export function problemRange(
  doc: Lines,
  problem: Pick<Problem, 'line' | 'column' | 'endLine' | 'endColumn'>,
): { from: number; to: number } {
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

export function offsetOf(doc: Lines, line: number, column: number): number {
  const lineNumber = Math.min(Math.max(1, Math.floor(line) || 1), doc.lines);
  const target = doc.line(lineNumber);
  const col = Math.max(1, Math.floor(column) || 1);
  return Math.min(target.from + col - 1, target.to);
}

export function toDiagnostics(doc: Lines, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((problem) => ({
    ...problemRange(doc, problem),
    severity: problem.severity,
    source: problem.ruleId,
    message: problem.message,
  }));
}
