import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import ja from '../../src/i18n/ja.json' with { type: 'json' };
import { MAX_DOCUMENT_BYTES, MAX_SHOWN_PROBLEMS } from '../../src/playground/limits.ts';
import {
  answerView,
  failureView,
  formatBytes,
  problemLabels,
  timeoutView,
  timingText,
  tooLargeView,
} from '../../src/playground/result-view.ts';
import { PLAYGROUND_STRING_KEYS, type PlaygroundStrings } from '../../src/playground/strings.ts';
import type { Problem } from '../../src/validation/types.ts';

// What the playground says about a text (status, problem list, first problem), without a browser: the browser tests
// (playground.test.ts) check that the page shows it.

const stringsOf = (ui: Record<string, string>) =>
  Object.fromEntries(PLAYGROUND_STRING_KEYS.map((key) => [key, ui[key]!])) as PlaygroundStrings;
const EN = stringsOf(en);
const JA = stringsOf(ja);
const VERSION = '1.36';

const problem = (line: number, severity: Problem['severity'] = 'error'): Problem => ({
  file: 'x.yaml',
  line,
  column: 3,
  path: '',
  ruleId: 'k8s/unknown-field',
  severity,
  message: `unknown field at ${line}`,
});
const answer = (problems: Problem[], resources = 2) => ({ problems, resources, kubernetesVersion: VERSION });

describe('answerView', () => {
  it('says there are no problems, with the resource count and the Kubernetes version', () => {
    expect(answerView(answer([]), EN, false)).toEqual({
      state: 'done',
      status: `No problems (resources: 2, Kubernetes ${VERSION}).`,
      problems: [],
      first: '',
      more: '',
    });
    expect(answerView(answer([]), JA, false).status).toBe(`問題はありません（リソース2件、Kubernetes ${VERSION}）。`);
  });

  it('counts errors and warnings, and puts the first problem in one line beside the status', () => {
    const problems = [problem(4), problem(7, 'warning'), problem(9)];
    const view = answerView(answer(problems), EN, false);
    expect(view.status).toBe(`Errors: 2, warnings: 1 (Kubernetes ${VERSION}).`);
    expect(view.problems).toEqual(problems);
    expect(view.first).toBe('line 4, column 3 error unknown field at 4');
    expect(view.more).toBe('');
    expect(answerView(answer(problems), JA, false).first).toBe('4行3列 エラー unknown field at 4');
  });

  it('says what a CNI configuration was checked as, not "0 resources, Kubernetes …"', () => {
    expect(answerView(answer([], 0), EN, true).status).toBe('No problems (checked as a CNI network configuration).');
    expect(answerView(answer([problem(1, 'warning')], 0), EN, true).status).toBe(
      'Errors: 0, warnings: 1 (checked as a CNI network configuration).',
    );
  });

  it(`lists at most ${MAX_SHOWN_PROBLEMS} problems and says how many more there are, while the status counts them all`, () => {
    const problems = Array.from({ length: MAX_SHOWN_PROBLEMS + 5 }, (_, i) => problem(i + 1));
    const view = answerView(answer(problems), EN, false);
    expect(view.problems).toHaveLength(MAX_SHOWN_PROBLEMS);
    expect(view.problems.at(-1)).toBe(problems[MAX_SHOWN_PROBLEMS - 1]);
    expect(view.more).toBe('5 more problems are not listed.');
    expect(view.status).toBe(`Errors: ${MAX_SHOWN_PROBLEMS + 5}, warnings: 0 (Kubernetes ${VERSION}).`);
    expect(answerView(answer(problems.slice(0, MAX_SHOWN_PROBLEMS)), EN, false).more).toBe('');
  });
});

describe('problemLabels', () => {
  it('names the position and the severity in the page’s language', () => {
    expect(problemLabels(problem(14, 'warning'), EN)).toEqual({ position: 'line 14, column 3', severity: 'warning' });
    expect(problemLabels(problem(14, 'warning'), JA)).toEqual({ position: '14行3列', severity: '警告' });
  });
});

describe('views without an answer', () => {
  it('clear the problems and say why: a failure, a timeout, a document over the limit', () => {
    const cleared = { problems: [], first: '', more: '' };
    expect(failureView('boom', EN)).toEqual({ state: 'failure', status: 'The validation engine did not run: boom', ...cleared });
    expect(timeoutView(3000, EN)).toEqual({ state: 'timeout', status: expect.stringContaining('within 3 s'), ...cleared });
    const large = tooLargeView('a'.repeat(5 * 1024 * 1024), 'en', EN);
    expect(large).toMatchObject({ state: 'too-large', ...cleared });
    expect(large.status).toContain('(5 MB)');
    expect(large.status).toContain(`up to ${formatBytes(MAX_DOCUMENT_BYTES, 'en')}`);
  });
});

describe('formatBytes and timingText', () => {
  it('shows sizes from one MB in MB, smaller ones in KB, with at most one decimal in the page’s locale', () => {
    expect(formatBytes(MAX_DOCUMENT_BYTES, 'en')).toBe('1 MB');
    expect(formatBytes(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
    expect(formatBytes(1536, 'ja')).toBe('1.5 KB');
    expect(formatBytes(1_500 * 1024 * 1024, 'en')).toBe('1,500 MB');
  });
  it('rounds the round trip to whole milliseconds', () => {
    expect(timingText(12.6, EN)).toBe('Validated in 13 ms.');
    expect(timingText(12.4, JA)).toBe('12 msで検証しました。');
  });
});
