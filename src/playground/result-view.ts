import { fill } from '../validation/messages/template.ts';
import type { Lang, Problem } from '../validation/types.ts';
import { MAX_DOCUMENT_BYTES, MAX_SHOWN_PROBLEMS, utf8Bytes } from './limits.ts';
import type { ValidateResult } from './protocol.ts';
import type { PlaygroundStrings } from './strings.ts';

/**
 * What the page says about the text, as plain data: the state, the status line, the problems to list and mark, the
 * first problem beside the status and the count of those not listed. No DOM here, so it is unit-tested without a
 * browser; result-panel.ts and problem-list.ts put it on the page.
 */

/**
 * What the page is doing, on the root element's `data-state` (for styling and for the browser tests):
 * loading → validating ⇄ done, or too-large / timeout / failure / load-failed.
 */
export type State = 'loading' | 'validating' | 'done' | 'too-large' | 'timeout' | 'failure' | 'load-failed';

export interface ResultView {
  state: State;
  status: string;
  /** Listed under the editor and marked in it: at most MAX_SHOWN_PROBLEMS. */
  problems: readonly Problem[];
  /** The first problem in one line, next to the status (the list may be below the fold); '' when there is none. */
  first: string;
  /** "N more problems" for those not listed; '' when every problem is listed. */
  more: string;
}

/** A problem's position and severity in the page's language, as the list and the first-problem line show them. */
export function problemLabels(problem: Problem, strings: PlaygroundStrings): { position: string; severity: string } {
  return {
    position: fill(strings['playground.position'], { line: problem.line, column: problem.column }),
    severity: strings[`playground.severity.${problem.severity}`],
  };
}

/** The view of a validation's answer. A CNI configuration holds no Kubernetes resources, so its status says what it was checked as. */
export function answerView(
  result: Pick<ValidateResult, 'problems' | 'resources' | 'kubernetesVersion'>,
  strings: PlaygroundStrings,
  cni: boolean,
): ResultView {
  const { problems, resources, kubernetesVersion: version } = result;
  const shown = problems.slice(0, MAX_SHOWN_PROBLEMS);
  const hidden = problems.length - shown.length;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const status =
    problems.length === 0
      ? cni
        ? strings['playground.status.okCni']
        : fill(strings['playground.status.ok'], { resources, version })
      : cni
        ? fill(strings['playground.status.problemsCni'], { errors, warnings })
        : fill(strings['playground.status.problems'], { errors, warnings, version });
  return {
    state: 'done',
    status,
    problems: shown,
    first: firstLine(shown[0], strings),
    more: hidden ? fill(strings['playground.status.moreProblems'], { count: hidden }) : '',
  };
}

function firstLine(problem: Problem | undefined, strings: PlaygroundStrings): string {
  if (!problem) return '';
  const { position, severity } = problemLabels(problem, strings);
  return `${position} ${severity} ${problem.message}`;
}

/** No answer to show (the text is too large, the engine failed or ran out of time): no problems, only the status. */
export function stoppedView(state: 'too-large' | 'timeout' | 'failure', status: string): ResultView {
  return { state, status, problems: [], first: '', more: '' };
}

export function failureView(detail: string, strings: PlaygroundStrings): ResultView {
  return stoppedView('failure', fill(strings['playground.status.failure'], { detail }));
}

export function timeoutView(limitMs: number, strings: PlaygroundStrings): ResultView {
  return stoppedView('timeout', fill(strings['playground.status.timeout'], { seconds: limitMs / 1000 }));
}

export function tooLargeView(text: string, lang: Lang, strings: PlaygroundStrings): ResultView {
  return stoppedView(
    'too-large',
    fill(strings['playground.status.tooLarge'], { size: formatBytes(utf8Bytes(text), lang), limit: formatBytes(MAX_DOCUMENT_BYTES, lang) }),
  );
}

export function timingText(roundTripMs: number, strings: PlaygroundStrings): string {
  return fill(strings['playground.timing'], { ms: Math.round(roundTripMs) });
}

export function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return mb >= 1 ? `${format.format(mb)} MB` : `${format.format(bytes / 1024)} KB`;
}
