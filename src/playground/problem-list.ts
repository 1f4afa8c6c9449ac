import type { Problem } from '../validation/types.ts';
import { problemLabels } from './result-view.ts';
import type { PlaygroundStrings } from './strings.ts';

/**
 * Renders problems as list items: a button naming the position (it moves the editor there), the severity, the
 * message in the page's language and the rule id. Text only (textContent), never HTML from the document.
 */
export function renderProblems(
  list: HTMLOListElement,
  problems: readonly Problem[],
  strings: PlaygroundStrings,
  onReveal: (problem: Problem) => void,
): void {
  const items = problems.map((problem) => {
    const labels = problemLabels(problem, strings);
    const item = document.createElement('li');
    item.className = 'k8s-problem';
    item.dataset.line = String(problem.line);
    item.dataset.column = String(problem.column);
    item.dataset.rule = problem.ruleId;
    item.dataset.severity = problem.severity;

    const goto = document.createElement('button');
    goto.type = 'button';
    goto.className = 'k8s-problem-goto';
    goto.textContent = labels.position;
    goto.addEventListener('click', () => onReveal(problem));

    const severity = document.createElement('span');
    severity.className = `k8s-problem-severity-${problem.severity}`;
    severity.textContent = labels.severity;

    const message = document.createElement('span');
    message.className = 'k8s-problem-message';
    message.textContent = problem.message;

    const rule = document.createElement('code');
    rule.className = 'k8s-problem-rule';
    rule.textContent = problem.ruleId;

    item.append(goto, ' ', severity, ' ', message, ' ', rule);
    return item;
  });
  list.replaceChildren(...items);
}
