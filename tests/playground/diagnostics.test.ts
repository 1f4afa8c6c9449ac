import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { offsetOf, problemRange, StringLines, toDiagnostics } from '../../src/playground/diagnostics.ts';
import type { Problem } from '../../src/validation/types.ts';

const doc = Text.of(['apiVersion: v1', 'kind: Service', 'spec:', '  prots:', '    - port: 8080']);

const problem = (over: Partial<Problem>): Problem => ({
  file: 'x.yaml',
  line: 1,
  column: 1,
  path: '',
  ruleId: 'k8s/unknown-field',
  severity: 'error',
  message: 'm',
  ...over,
});

describe('problem positions → editor offsets', () => {
  it('maps 1-based line and column to an offset', () => {
    expect(offsetOf(doc, 1, 1)).toBe(0);
    expect(offsetOf(doc, 4, 3)).toBe(doc.line(4).from + 2);
  });

  it('clamps positions outside the document (the text may have changed since validation)', () => {
    expect(offsetOf(doc, 99, 1)).toBe(doc.line(5).from);
    expect(offsetOf(doc, 1, 500)).toBe(doc.line(1).to);
    expect(offsetOf(doc, 0, 0)).toBe(0);
  });

  it('uses the end position when the engine gives one', () => {
    const range = problemRange(doc, { line: 4, column: 3, endLine: 4, endColumn: 8 });
    expect(doc.sliceString(range.from, range.to)).toBe('prots');
  });

  it('without an end, underlines the word at the position', () => {
    const range = problemRange(doc, { line: 4, column: 3 });
    expect(doc.sliceString(range.from, range.to)).toBe('prots');
  });

  it('underlines at least one character at the end of a line', () => {
    const range = problemRange(doc, { line: 3, column: 6 });
    expect(range.to).toBeGreaterThanOrEqual(range.from);
    expect(range.from).toBe(doc.line(3).to);
  });

  it('turns problems into lint diagnostics with severity, rule and message', () => {
    const [diagnostic] = toDiagnostics(doc, [problem({ line: 4, column: 3, severity: 'warning', message: 'unknown field "prots"' })]);
    expect(diagnostic).toMatchObject({ severity: 'warning', source: 'k8s/unknown-field', message: 'unknown field "prots"' });
    expect(doc.sliceString(diagnostic!.from, diagnostic!.to)).toBe('prots');
  });
});

describe('StringLines (the plain text area before the editor loads)', () => {
  const texts = ['', 'one line', 'a\nb', 'a\n', '\n\n', doc.toString(), 'kind: Service\n\n  名前: 値\n\t- x\n'];

  it.each(texts.map((text) => [JSON.stringify(text), text]))('indexes %s exactly as CodeMirror does', (_name, text) => {
    const lines = new StringLines(text);
    const reference = Text.of(text.split('\n'));
    expect(lines.lines).toBe(reference.lines);
    for (let n = 1; n <= reference.lines; n++) {
      const { from, to, text: lineText } = reference.line(n);
      expect(lines.line(n), `line ${n}`).toEqual({ from, to, text: lineText });
    }
    for (let pos = 0; pos <= text.length; pos++) expect(lines.lineAt(pos).from, `lineAt(${pos})`).toBe(reference.lineAt(pos).from);
  });

  it('maps a problem to the same range in a string as in the editor', () => {
    const text = doc.toString();
    expect(problemRange(new StringLines(text), { line: 4, column: 3 })).toEqual(problemRange(doc, { line: 4, column: 3 }));
    expect(problemRange(new StringLines(text), { line: 99, column: 1 })).toEqual(problemRange(doc, { line: 99, column: 1 }));
  });

  it('counts a CRLF line break as two characters of the string', () => {
    const lines = new StringLines('a: 1\r\nb: 2\rc: 3');
    expect(lines.lines).toBe(3);
    expect(lines.line(2)).toEqual({ from: 6, to: 10, text: 'b: 2' });
    expect(lines.line(3)).toEqual({ from: 11, to: 15, text: 'c: 3' });
    expect(lines.lineAt(7).from).toBe(6);
  });

  it('rejects a line number outside the document', () => {
    expect(() => new StringLines('a\nb').line(3)).toThrow(RangeError);
    expect(() => new StringLines('a\nb').line(0)).toThrow(RangeError);
  });
});
