import { withBase } from '../site/paths.ts';
import { isCniConfig } from '../validation/cni/detect.ts';
import { fill } from '../validation/messages/template.ts';
import type { Lang } from '../validation/types.ts';
import { type EditorKind, offerCodeMirror } from './editor-upgrade.ts';
import { DEFAULT_EXAMPLE, parseExampleParam } from './example-path.ts';
import { exceedsLimit, LOAD_TIMEOUT_MS, VALIDATION_TIMEOUT_MS } from './limits.ts';
import { PlainEditor } from './plain-editor.ts';
import { resultPanel } from './result-panel.ts';
import { answerView, failureView, type ResultView, timeoutView, tooLargeView } from './result-view.ts';
import type { TraceRequest } from './simulation.ts';
import { renderSimulation } from './simulation-view.ts';
import type { PlaygroundStrings } from './strings.ts';
import type { EditorSurface } from './surface.ts';
import { traceRequestOf } from './trace-form.ts';
import { ValidationClient } from './validation-client.ts';

/** Show "validating…" only when an answer is slow, so fast edits do not make the status flicker. */
const SLOW_ANSWER_MS = 300;

export function startPlayground(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as PlaygroundStrings;
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'ja';
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const host = $<HTMLElement>('.k8s-playground-editor');
  const reset = $<HTMLButtonElement>('.k8s-playground-reset');
  const simulation = root.querySelector<HTMLElement>('.k8s-playground-sim-output');
  const traceForm = root.querySelector<HTMLFormElement>('.k8s-playground-trace');
  const panel = resultPanel(root, strings, () => surface);

  const param = parseExampleParam(new URLSearchParams(location.search).get('example'));
  const file = 'file' in param ? param.file : DEFAULT_EXAMPLE;
  showInPicker($<HTMLSelectElement>('select[name="example"]'), 'file' in param ? file : undefined);

  let trace: TraceRequest | undefined;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  let answers = 0;
  /** Every answer, whatever it says, counts on `data-answers` (the browser tests wait for it). */
  const answered = (view: ResultView) => {
    clearTimeout(slowTimer);
    root.dataset.answers = String(++answers);
    panel.show(view);
  };
  const client = new ValidationClient(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'manifest-validation' }),
    {
      result(result, roundTrip) {
        answered(answerView(result, strings, isCniConfig(file, surface.text())));
        panel.timing(roundTrip, result.elapsed);
        if (simulation) renderSimulation(simulation, result.simulation, strings);
      },
      failure: (detail) => answered(failureView(detail, strings)),
      timeout: (limitMs) => answered(timeoutView(limitMs, strings)),
    },
    { validateMs: VALIDATION_TIMEOUT_MS, loadMs: LOAD_TIMEOUT_MS },
  );

  const validate = (text: string) => {
    if (exceedsLimit(text)) {
      client.cancelWaiting();
      clearTimeout(slowTimer);
      panel.show(tooLargeView(text, lang, strings));
      return;
    }
    root.dataset.state = 'validating';
    clearTimeout(slowTimer);
    slowTimer = setTimeout(() => panel.setState('validating', strings['playground.status.checking']), SLOW_ANSWER_MS);
    client.validate({ text, file, lang, ...(trace ? { trace } : {}) });
  };

  const plain = PlainEditor.mount(host, validate);
  let surface: EditorSurface = plain;
  const setEditor = (kind: EditorKind) => (root.dataset.editor = kind);
  setEditor('plain');
  offerCodeMirror({
    host,
    plain,
    bar: $<HTMLElement>('.k8s-playground-bar'),
    onChange: validate,
    setEditor,
    onReplaced(full) {
      surface = full;
      full.showProblems(panel.shown());
    },
  });

  let exampleText = '';
  reset.addEventListener('click', () => surface.setText(exampleText));
  // The trace runs with the next validation of the current text (the worker answers both at once).
  traceForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    trace = traceRequestOf(new FormData(traceForm));
    validate(surface.text());
  });

  if ('error' in param) {
    plain.textarea.readOnly = false;
    panel.setState('load-failed', fill(strings['playground.status.invalidExample'], { file: param.raw }));
    return;
  }
  panel.setState('loading', fill(strings['playground.status.loading'], { file }));
  void loadExample(file).then(
    (text) => {
      exampleText = text;
      reset.disabled = false;
      plain.textarea.readOnly = false;
      surface.setText(text);
    },
    (error: unknown) => {
      plain.textarea.readOnly = false;
      panel.setState(
        'load-failed',
        fill(strings['playground.status.loadFailed'], { file, detail: error instanceof Error ? error.message : String(error) }),
      );
    },
  );
}

/** The published copy of an example (same origin, under the site's base path). */
async function loadExample(file: string): Promise<string> {
  const response = await fetch(withBase(`/examples/${file}`, import.meta.env.BASE_URL));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/**
 * The select names the file the editor holds: a file that has no entry (a kind cluster config opened from a link)
 * gets one, and a parameter the page will not open leaves no file selected rather than the default one.
 */
function showInPicker(picker: HTMLSelectElement, file: string | undefined): void {
  if (file === undefined) {
    picker.selectedIndex = -1;
    return;
  }
  if (![...picker.options].some((option) => option.value === file)) picker.append(new Option(file, file));
  picker.value = file;
}
