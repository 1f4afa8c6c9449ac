import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/validation/index.ts';
import { fileStart, toProblem } from '../../src/validation/problem.ts';

// One builder for every problem: the engine's rules and stages, and the Node reader's problems (validatePaths).

const at = { file: 'a.yaml', position: { line: 3, column: 5, endLine: 3, endColumn: 9 }, path: 'spec.ports[0]' };

describe('toProblem', () => {
  it('builds the message in the asked language from the rule id, with the rule’s severity for the mode', () => {
    const input = { at: fileStart('x.yaml'), params: { file: 'x.yaml', detail: 'gone' } };
    expect(toProblem('file/unreadable', input, 'loose', 'en')).toEqual({
      file: 'x.yaml',
      line: 1,
      column: 1,
      path: '',
      ruleId: 'file/unreadable',
      severity: 'error',
      message: 'cannot read x.yaml: gone',
      messageId: 'file/unreadable',
      params: { file: 'x.yaml', detail: 'gone' },
    });
    expect(toProblem('file/unreadable', input, 'loose', 'ja').message).toBe('x.yaml を読み込めません: gone');
  });

  it('makes a cross-file rule an error for the example set and a warning for loose files', () => {
    const input = { at, params: { namespace: 'web' } };
    expect(toProblem('k8s/namespace-exists', input, 'example-set', 'en').severity).toBe('error');
    expect(toProblem('k8s/namespace-exists', input, 'loose', 'en').severity).toBe('warning');
    expect(toProblem('k8s/namespace-exists', { ...input, severity: 'error' }, 'loose', 'en').severity).toBe('error');
  });

  it('keeps the range, and passes expected and found on as parameters unless params names them', () => {
    const problem = toProblem('k8s/namespace-exists', { at, expected: 'a', found: 'b', params: { found: 'c' } }, 'loose', 'en');
    expect(problem).toMatchObject({ line: 3, column: 5, endLine: 3, endColumn: 9, path: 'spec.ports[0]', expected: 'a', found: 'b' });
    expect(problem.params).toEqual({ expected: 'a', found: 'c' });
  });

  it('leaves out a range, expected and found that were not reported', () => {
    const problem = toProblem('file/binary', { at: fileStart('b.yaml') }, 'loose', 'en');
    expect(Object.keys(problem)).toEqual(['file', 'line', 'column', 'path', 'ruleId', 'severity', 'message', 'messageId', 'params']);
  });
});

describe('validatePaths', () => {
  it('reports a path it cannot read as the builder does, in the asked language', async () => {
    const missing = join('tests', 'validation', 'no-such-file.yaml');
    const report = await validatePaths([missing], { lang: 'ja' });
    const problem = report.problems.find((p) => p.ruleId === 'file/unreadable')!;
    expect(problem).toEqual(toProblem('file/unreadable', { at: fileStart(problem.file), params: problem.params }, 'loose', 'ja'));
    expect(problem.message).toMatch(/を読み込めません/);
  });
});
