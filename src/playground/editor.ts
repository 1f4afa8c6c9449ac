import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import type { Problem } from '../validation/types.ts';
import { problemRange, toDiagnostics } from './diagnostics.ts';
import type { EditorSurface, Selection } from './surface.ts';

export interface EditorOptions {
  /**
   * A shadow root: there CodeMirror's style modules become constructed (adopted) style sheets. Mounted in the
   * document, it would insert <style> elements, which the site's Content Security Policy (no 'unsafe-inline' for
   * styles, no nonces on a static site) blocks.
   */
  parent: ShadowRoot;
  /** The editor's accessible name (the visible label's text: IDREFs cannot cross the shadow boundary). */
  label: string;
  /** Its accessible description (the keyboard hint's text), for the same reason. */
  description?: string;
  onChange(text: string): void;
  /** The document to start with (what the reader has in the plain text area), and where its caret was. */
  text?: string;
  selection?: Selection;
  /** Height at the bottom of the window covered by something pinned there (px), kept clear of the caret. */
  coveredBottom?: () => number;
}

/**
 * Colours from Starlight's custom properties (they inherit into the shadow root), so the editor follows the light
 * and dark themes; token colours are Starlight's "-high" text colours, which keep AA contrast on either background.
 */
const pageTheme = EditorView.theme({
  '&': {
    minHeight: '12rem',
    maxHeight: '70vh',
    fontSize: 'var(--sl-text-sm)',
    color: 'var(--sl-color-white)',
    backgroundColor: 'var(--sl-color-black)',
    borderRadius: '0.25rem',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--sl-font-mono, var(--sl-font-system-mono))', lineHeight: '1.6', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--sl-color-white)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--sl-color-white)' },
  '.cm-gutters': {
    backgroundColor: 'var(--sl-color-gray-6)',
    color: 'var(--sl-color-gray-2)',
    borderRight: '1px solid var(--sl-color-gray-5)',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--sl-color-gray-5) 45%, transparent)' },
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground': {
    backgroundColor: 'color-mix(in srgb, var(--sl-color-accent) 35%, transparent)',
  },
  '.cm-tooltip': { backgroundColor: 'var(--sl-color-gray-6)', color: 'var(--sl-color-white)', border: '1px solid var(--sl-color-gray-4)' },
  '.tok-propertyName, .tok-definition': { color: 'var(--sl-color-blue-high)' },
  '.tok-string': { color: 'var(--sl-color-green-high)' },
  '.tok-number, .tok-bool, .tok-keyword, .tok-atom': { color: 'var(--sl-color-purple-high)' },
  '.tok-comment, .tok-meta': { color: 'var(--sl-color-gray-2)', fontStyle: 'italic' },
  '.tok-punctuation, .tok-operator': { color: 'var(--sl-color-gray-1)' },
});

/**
 * A CodeMirror 6 editor with YAML highlighting (JSON is valid YAML), undo history and lint underlines.
 * Deliberately without `indentWithTab`: Tab and Shift-Tab keep moving the focus in and out of the editor, so the
 * keyboard is never trapped (WCAG 2.1.2); Enter keeps the indentation of the line.
 * Token colours come from CSS classes (classHighlighter) styled by `pageTheme`.
 */
function createEditor(options: EditorOptions): EditorView {
  return new EditorView({
    parent: options.parent,
    root: options.parent,
    state: EditorState.create({
      doc: options.text ?? '',
      selection: options.selection ? EditorSelection.single(options.selection.anchor, options.selection.head) : undefined,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        drawSelection(),
        indentOnInput(),
        EditorState.tabSize.of(2),
        // Long lines wrap: no sideways scrolling inside the editor, also on a phone.
        EditorView.lineWrapping,
        yaml(),
        syntaxHighlighting(classHighlighter),
        pageTheme,
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.contentAttributes.of({
          'aria-label': options.label,
          ...(options.description ? { 'aria-description': options.description } : {}),
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
          translate: 'no',
        }),
        // The status bar pinned under the editor (src/components/Playground.astro) must not hide the caret.
        EditorView.scrollMargins.of(() => ({ bottom: options.coveredBottom?.() ?? 0 })),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/** The CodeMirror editor as the playground's editing surface, plus `focus()` for taking over from the text area. */
export function createCodeMirrorSurface(options: EditorOptions): EditorSurface & { focus(): void } {
  const view = createEditor(options);
  return {
    text: () => view.state.doc.toString(),
    // The whole document as one undoable change.
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    showProblems: (problems: readonly Problem[]) => view.dispatch(setDiagnostics(view.state, toDiagnostics(view.state.doc, problems))),
    // From a problem in the list: select it, scroll it into view, focus the editor.
    reveal(problem) {
      const { from, to } = problemRange(view.state.doc, problem);
      view.dispatch({ selection: EditorSelection.range(from, to), scrollIntoView: true });
      view.focus();
    },
    focus() {
      view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.head, { y: 'nearest' }) });
      view.focus();
    },
  };
}
