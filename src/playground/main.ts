import { withBase } from '../site/paths.ts';
import type { Lang, Problem } from '../validation/types.ts';
import { DEFAULT_EXAMPLE, isCniConfig, parseExampleParam } from './example-path.ts';
import { exceedsLimit, LOAD_TIMEOUT_MS, MAX_DOCUMENT_BYTES, MAX_SHOWN_PROBLEMS, utf8Bytes, VALIDATION_TIMEOUT_MS } from './limits.ts';
import { PlainEditor } from './plain-editor.ts';
import { renderProblems } from './problem-list.ts';
import type { TraceRequest } from './simulation.ts';
import { renderSimulation } from './simulation-view.ts';
import { fill, type PlaygroundStrings } from './strings.ts';
import type { EditorSurface } from './surface.ts';
import { ValidationClient } from './validation-client.ts';

/**
 * What the page is doing, on the root element's `data-state` (for styling and for the browser tests):
 * loading → validating ⇄ done, or too-large / timeout / failure / load-failed.
 */
type State = 'loading' | 'validating' | 'done' | 'too-large' | 'timeout' | 'failure' | 'load-failed';

/**
 * Which editor is on screen, on the root element's `data-editor`: the plain text area (`plain`), CodeMirror on its
 * way (`loading`), loaded and waiting for the reader to finish an IME composition or close a touch keyboard
 * (`waiting`), or in place (`full`). If CodeMirror cannot load or start, the text area stays and keeps working.
 */
type EditorKind = 'plain' | 'loading' | 'waiting' | 'full';

/** Show "validating…" only when an answer is slow, so fast edits do not make the status flicker. */
const SLOW_ANSWER_MS = 300;

export function startPlayground(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as PlaygroundStrings;
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'ja';
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const host = $<HTMLElement>('.k8s-playground-editor');
  const status = $<HTMLElement>('.k8s-playground-status');
  const first = $<HTMLElement>('.k8s-playground-first');
  const bar = $<HTMLElement>('.k8s-playground-bar');
  const list = $<HTMLOListElement>('.k8s-playground-problems');
  const more = $<HTMLElement>('.k8s-playground-more');
  const timing = $<HTMLElement>('.k8s-playground-timing');
  const reset = $<HTMLButtonElement>('.k8s-playground-reset');
  const picker = $<HTMLSelectElement>('select[name="example"]');
  const simulation = root.querySelector<HTMLElement>('.k8s-playground-sim-output');
  const traceForm = root.querySelector<HTMLFormElement>('.k8s-playground-trace');
  let trace: TraceRequest | undefined;

  let answers = 0;
  const setState = (state: State, message?: string) => {
    root.dataset.state = state;
    if (message !== undefined && status.textContent !== message) status.textContent = message;
  };
  /** The problems marked in the text, kept so that CodeMirror shows them too when it takes over. */
  let shownProblems: readonly Problem[] = [];
  const showProblems = (problems: readonly Problem[]) => {
    shownProblems = problems;
    surface.showProblems(problems);
    renderProblems(list, problems, strings, (problem) => surface.reveal(problem));
    // The first problem, next to the status under the editor (which stays on screen while the editor is): the list
    // itself may be below the fold.
    const top = problems[0];
    first.hidden = top === undefined;
    first.textContent = top
      ? `${fill(strings['playground.position'], { line: top.line, column: top.column })} ${strings[`playground.severity.${top.severity}`]} ${top.message}`
      : '';
  };
  const clearProblems = () => {
    showProblems([]);
    more.hidden = true;
  };

  const param = parseExampleParam(new URLSearchParams(location.search).get('example'));
  const file = 'file' in param ? param.file : DEFAULT_EXAMPLE;
  showInPicker(picker, 'file' in param ? file : undefined);

  let exampleText = '';
  let slowTimer: ReturnType<typeof setTimeout> | undefined;

  const client = new ValidationClient(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'manifest-validation' }),
    {
      result(result, roundTrip) {
        clearTimeout(slowTimer);
        root.dataset.answers = String(++answers);
        const shown = result.problems.slice(0, MAX_SHOWN_PROBLEMS);
        showProblems(shown);
        const hidden = result.problems.length - shown.length;
        more.hidden = hidden === 0;
        more.textContent = hidden ? fill(strings['playground.status.moreProblems'], { count: hidden }) : '';
        const errors = result.problems.filter((p) => p.severity === 'error').length;
        const version = result.kubernetesVersion;
        const warnings = result.problems.length - errors;
        // A CNI configuration holds no Kubernetes resources: say what it was checked as, not "0 resources, Kubernetes …".
        const cni = isCniConfig(file, surface.text());
        setState(
          'done',
          result.problems.length === 0
            ? cni
              ? strings['playground.status.okCni']
              : fill(strings['playground.status.ok'], { resources: result.resources, version })
            : cni
              ? fill(strings['playground.status.problemsCni'], { errors, warnings })
              : fill(strings['playground.status.problems'], { errors, warnings, version }),
        );
        timing.textContent = fill(strings['playground.timing'], { ms: Math.round(roundTrip) });
        root.dataset.roundTripMs = roundTrip.toFixed(1);
        root.dataset.engineMs = result.elapsed.toFixed(1);
        if (simulation) renderSimulation(simulation, result.simulation, strings);
      },
      failure(detail) {
        clearTimeout(slowTimer);
        root.dataset.answers = String(++answers);
        clearProblems();
        setState('failure', fill(strings['playground.status.failure'], { detail }));
      },
      timeout(limitMs) {
        clearTimeout(slowTimer);
        root.dataset.answers = String(++answers);
        clearProblems();
        setState('timeout', fill(strings['playground.status.timeout'], { seconds: limitMs / 1000 }));
      },
    },
    { validateMs: VALIDATION_TIMEOUT_MS, loadMs: LOAD_TIMEOUT_MS },
  );

  const validate = (text: string) => {
    if (exceedsLimit(text)) {
      client.cancelWaiting();
      clearTimeout(slowTimer);
      clearProblems();
      setState(
        'too-large',
        fill(strings['playground.status.tooLarge'], {
          size: formatBytes(utf8Bytes(text), lang),
          limit: formatBytes(MAX_DOCUMENT_BYTES, lang),
        }),
      );
      return;
    }
    root.dataset.state = 'validating';
    clearTimeout(slowTimer);
    slowTimer = setTimeout(() => setState('validating', strings['playground.status.checking']), SLOW_ANSWER_MS);
    client.validate({ text, file, lang, ...(trace ? { trace } : {}) });
  };

  const plain = PlainEditor.mount(host, validate);
  const textarea = plain.textarea;
  let surface: EditorSurface = plain;
  const setEditor = (kind: EditorKind) => (root.dataset.editor = kind);
  setEditor('plain');

  /**
   * CodeMirror comes when the reader reaches for the editor (pointer over it, or focus in it), not with the page:
   * evaluating it is the longest task the page would run while loading (the "facade" pattern Lighthouse recommends
   * for heavy embeds). What the reader typed meanwhile, the caret, the focus and the marked problems carry over.
   */
  let lastPointer = '';
  let upgrading: Promise<void> | undefined;
  const upgrade = () =>
    (upgrading ??= (async () => {
      setEditor('loading');
      let editor: typeof import('./editor.ts');
      try {
        editor = await import('./editor.ts');
      } catch {
        // Offline or a stale deployment: the text area is a working editor, only without highlighting.
        setEditor('plain');
        return;
      }
      // Never while an input method is composing text in the text area, nor while a touch keyboard is up for it:
      // a phone shows its keyboard only for a focus the reader gave, not for one moved by a script.
      setEditor('waiting');
      await plain.compositionEnded();
      if (lastPointer === 'touch' && document.activeElement === textarea)
        await new Promise((resolve) => textarea.addEventListener('blur', resolve, { once: true }));
      const hadFocus = document.activeElement === textarea;
      const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      // The slot keeps the text area on screen until CodeMirror is in place (and if it ever fails to start).
      const slot = shadow.appendChild(document.createElement('slot'));
      let full: ReturnType<typeof editor.createCodeMirrorSurface>;
      try {
        full = editor.createCodeMirrorSurface({
          parent: shadow,
          label: document.getElementById(host.dataset.labelledby ?? '')?.textContent ?? '',
          description: document.getElementById(host.dataset.describedby ?? '')?.textContent ?? '',
          text: textarea.value,
          selection: plain.selection(),
          onChange: validate,
          coveredBottom: () => (getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().height : 0),
        });
      } catch {
        setEditor('plain');
        return;
      }
      slot.remove();
      textarea.remove();
      surface = full;
      full.showProblems(shownProblems);
      if (hadFocus) full.focus();
      setEditor('full');
    })());
  host.addEventListener('pointerover', (event) => {
    lastPointer = event.pointerType;
    void upgrade();
  });
  host.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
  });
  host.addEventListener('focusin', () => void upgrade(), { once: true });

  reset.addEventListener('click', () => surface.setText(exampleText));
  // The trace runs with the next validation of the current text (the worker answers both at once).
  traceForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(traceForm);
    const from = String(data.get('from') ?? '').trim();
    const to = String(data.get('to') ?? '').trim();
    trace = from && to ? { from, to, mode: data.get('mode') === 'nftables' ? 'nftables' : 'iptables' } : undefined;
    validate(surface.text());
  });

  if ('error' in param) {
    textarea.readOnly = false;
    setState('load-failed', fill(strings['playground.status.invalidExample'], { file: param.raw }));
    return;
  }
  setState('loading', fill(strings['playground.status.loading'], { file }));
  void loadExample(file).then(
    (text) => {
      exampleText = text;
      reset.disabled = false;
      textarea.readOnly = false;
      surface.setText(text);
    },
    (error: unknown) => {
      textarea.readOnly = false;
      setState(
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

function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return mb >= 1 ? `${format.format(mb)} MB` : `${format.format(bytes / 1024)} KB`;
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
