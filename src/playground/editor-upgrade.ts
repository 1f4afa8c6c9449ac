import type { PlainEditor } from './plain-editor.ts';
import type { EditorSurface } from './surface.ts';

/**
 * CodeMirror comes when the reader reaches for the editor (pointer over it, or focus in it), not with the page:
 * evaluating it is the longest task the page would run while loading (the "facade" pattern Lighthouse recommends
 * for heavy embeds). What the reader typed meanwhile, the caret, the focus and the marked problems carry over.
 */

/**
 * Which editor is on screen, on the root element's `data-editor`: the plain text area (`plain`), CodeMirror on its
 * way (`loading`), loaded and waiting for the reader to finish an IME composition or close a touch keyboard
 * (`waiting`), or in place (`full`). If CodeMirror cannot load or start, the text area stays and keeps working.
 */
export type EditorKind = 'plain' | 'loading' | 'waiting' | 'full';

/** The steps of an upgrade: the page does them on the DOM (offerCodeMirror), tests fake them. */
export interface UpgradeSteps<Module, Full> {
  setEditor(kind: EditorKind): void;
  /** The CodeMirror chunk; rejects offline or on a stale deployment. */
  load(): Promise<Module>;
  /** Resolves once no input method is composing in the text area and no touch keyboard is up for it. */
  idle(): Promise<void>;
  /** Whether the text area has the keyboard focus (CodeMirror then takes it over). */
  focused(): boolean;
  /** Starts CodeMirror beside the text area with its text and caret; throws if it cannot. */
  start(module: Module): Full;
  /** Puts CodeMirror in the text area's place (and gives it the focus the text area had). */
  swap(full: Full, hadFocus: boolean): void;
}

/** The upgrade, run once however often it is asked for. */
export function upgradeOnce<Module, Full>(steps: UpgradeSteps<Module, Full>): () => Promise<void> {
  let upgrading: Promise<void> | undefined;
  return () => (upgrading ??= upgrade(steps));
}

async function upgrade<Module, Full>(steps: UpgradeSteps<Module, Full>): Promise<void> {
  steps.setEditor('loading');
  let module: Module;
  try {
    module = await steps.load();
  } catch {
    // The text area is a working editor, only without highlighting.
    steps.setEditor('plain');
    return;
  }
  // Never while an input method is composing text in the text area, nor while a touch keyboard is up for it:
  // a phone shows its keyboard only for a focus the reader gave, not for one moved by a script.
  steps.setEditor('waiting');
  await steps.idle();
  const hadFocus = steps.focused();
  let full: Full;
  try {
    full = steps.start(module);
  } catch {
    steps.setEditor('plain');
    return;
  }
  steps.swap(full, hadFocus);
  steps.setEditor('full');
}

export type FullEditor = EditorSurface & { focus(): void };

export interface CodeMirrorOffer {
  host: HTMLElement;
  plain: PlainEditor;
  /** The sticky bar under the editor, which CodeMirror keeps the caret above. */
  bar: HTMLElement;
  onChange: (text: string) => void;
  setEditor(kind: EditorKind): void;
  /** CodeMirror is the surface now: called before it takes the focus and `data-editor` says `full`. */
  onReplaced(full: FullEditor): void;
}

/** Loads and starts CodeMirror in place of the text area when the reader points at the editor or focuses it. */
export function offerCodeMirror({ host, plain, bar, onChange, setEditor, onReplaced }: CodeMirrorOffer): void {
  const textarea = plain.textarea;
  let lastPointer = '';
  let slot: HTMLSlotElement | undefined;
  const upgrade = upgradeOnce<typeof import('./editor.ts'), FullEditor>({
    setEditor,
    load: () => import('./editor.ts'),
    async idle() {
      await plain.compositionEnded();
      if (lastPointer === 'touch' && document.activeElement === textarea)
        await new Promise((resolve) => textarea.addEventListener('blur', resolve, { once: true }));
    },
    focused: () => document.activeElement === textarea,
    start(editor) {
      const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      // The slot keeps the text area on screen until CodeMirror is in place (and if it ever fails to start).
      slot = shadow.appendChild(document.createElement('slot'));
      return editor.createCodeMirrorSurface({
        parent: shadow,
        label: document.getElementById(host.dataset.labelledby ?? '')?.textContent ?? '',
        description: document.getElementById(host.dataset.describedby ?? '')?.textContent ?? '',
        text: textarea.value,
        selection: plain.selection(),
        onChange,
        coveredBottom: () => (getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().height : 0),
      });
    },
    swap(full, hadFocus) {
      slot?.remove();
      textarea.remove();
      onReplaced(full);
      if (hadFocus) full.focus();
    },
  });
  host.addEventListener('pointerover', (event) => {
    lastPointer = event.pointerType;
    void upgrade();
  });
  host.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
  });
  host.addEventListener('focusin', () => void upgrade(), { once: true });
}
