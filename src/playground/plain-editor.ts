import type { Problem } from '../validation/types.ts';
import { problemRange, StringLines } from './diagnostics.ts';
import type { EditorSurface, Selection } from './surface.ts';

/**
 * The playground's first editor: a plain `<textarea>`. It costs the page nothing to start, so the example and its
 * problems are on screen at once, and the reader can already type; CodeMirror (about 115 KB gzip of script, a long
 * main-thread task to evaluate) replaces it when the reader reaches for it (see src/playground/editor-upgrade.ts).
 */
export class PlainEditor implements EditorSurface {
  /**
   * A read-only text area appended to `host`, named by the elements `host` names in `data-labelledby` and
   * `data-describedby` (until the example has loaded; then set `readOnly` to false).
   */
  static mount(host: HTMLElement, onChange: (text: string) => void): PlainEditor {
    const textarea = document.createElement('textarea');
    textarea.className = 'k8s-playground-plain';
    const attributes: Record<string, string | undefined> = {
      'aria-labelledby': host.dataset.labelledby,
      'aria-describedby': host.dataset.describedby,
      spellcheck: 'false',
      autocapitalize: 'off',
      autocomplete: 'off',
      autocorrect: 'off',
      translate: 'no',
    };
    for (const [name, value] of Object.entries(attributes)) if (value) textarea.setAttribute(name, value);
    textarea.readOnly = true;
    textarea.rows = 1;
    host.append(textarea);
    return new PlainEditor(textarea, onChange);
  }

  private composing = false;
  private readonly compositionWaiters: (() => void)[] = [];

  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly onChange: (text: string) => void,
  ) {
    textarea.addEventListener('input', () => {
      this.fit();
      onChange(textarea.value);
    });
    // An IME composition (Japanese input) in progress belongs to this element: the swap waits for it to end.
    textarea.addEventListener('compositionstart', () => (this.composing = true));
    textarea.addEventListener('compositionend', () => {
      this.composing = false;
      for (const resolve of this.compositionWaiters.splice(0)) resolve();
    });
  }

  text(): string {
    return this.textarea.value;
  }

  setText(text: string): void {
    this.textarea.value = text;
    this.fit();
    this.onChange(this.textarea.value);
  }

  showProblems(): void {
    // A text area cannot underline; the problem list beside it names every position.
  }

  reveal(problem: Problem): void {
    const { from, to } = problemRange(new StringLines(this.textarea.value), problem);
    this.textarea.focus();
    this.textarea.setSelectionRange(from, to);
  }

  selection(): Selection {
    const { selectionStart, selectionEnd, selectionDirection } = this.textarea;
    return selectionDirection === 'backward'
      ? { anchor: selectionEnd, head: selectionStart }
      : { anchor: selectionStart, head: selectionEnd };
  }

  /** Resolves when no IME composition is in progress. */
  compositionEnded(): Promise<void> {
    return this.composing ? new Promise((resolve) => this.compositionWaiters.push(resolve)) : Promise.resolve();
  }

  /**
   * Sizes the text area like the editor that replaces it: as many rows as lines (where CSS `field-sizing` cannot
   * follow the wrapped height; CSS caps it), so the swap barely moves the page.
   */
  private fit(): void {
    this.textarea.rows = countLines(this.textarea.value);
  }
}

/** Lines in a text area's value (always `\n` line breaks): runs on every keystroke, so no regular expression. */
function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}
