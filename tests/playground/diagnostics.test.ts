import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { offsetOf, problemRange, toDiagnostics } from '../../src/playground/diagnostics.ts';
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
