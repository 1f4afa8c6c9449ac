import type { Problem } from '../validation/types.ts';
import { renderProblems } from './problem-list.ts';
import { type ResultView, type State, timingText } from './result-view.ts';
import type { PlaygroundStrings } from './strings.ts';
import type { EditorSurface } from './surface.ts';

export interface ResultPanel {
  /** Sets `data-state`, and the status line when a message is given (unchanged text is not rewritten, for aria-live). */
  setState(state: State, message?: string): void;
  /** Puts a view on the page: state, status, problem list, the first problem, "N more", and the marks in the editor. */
  show(view: ResultView): void;
  /** The problems marked in the text, kept so that CodeMirror shows them too when it takes over. */
  shown(): readonly Problem[];
  /** How long an answer took: shown to the reader, and on `data-round-trip-ms` / `data-engine-ms` for the tests. */
  timing(roundTripMs: number, engineMs: number): void;
}

/** The result area under the editor (the views themselves are made in result-view.ts, without a DOM). */
export function resultPanel(root: HTMLElement, strings: PlaygroundStrings, surface: () => EditorSurface): ResultPanel {
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
  const status = $('.k8s-playground-status');
  const first = $('.k8s-playground-first');
  const list = $('.k8s-playground-problems') as HTMLOListElement;
  const more = $('.k8s-playground-more');
  const timing = $('.k8s-playground-timing');
  let shown: readonly Problem[] = [];
  const setState = (state: State, message?: string) => {
    root.dataset.state = state;
    if (message !== undefined && status.textContent !== message) status.textContent = message;
  };
  return {
    setState,
    show(view) {
      shown = view.problems;
      surface().showProblems(view.problems);
      renderProblems(list, view.problems, strings, (problem) => surface().reveal(problem));
      first.hidden = view.first === '';
      first.textContent = view.first;
      more.hidden = view.more === '';
      more.textContent = view.more;
      setState(view.state, view.status);
    },
    shown: () => shown,
    timing(roundTripMs, engineMs) {
      timing.textContent = timingText(roundTripMs, strings);
      root.dataset.roundTripMs = roundTripMs.toFixed(1);
      root.dataset.engineMs = engineMs.toFixed(1);
    },
  };
}
