import type { Problem } from '../validation/types.ts';

/**
 * What the playground needs from the text it validates. Two implementations: a plain text area, on screen at once
 * (src/playground/plain-editor.ts), and CodeMirror, which takes its place when the reader reaches for the editor
 * (src/playground/editor.ts).
 */
export interface EditorSurface {
  /** The whole document. */
  text(): string;
  /** Replaces the whole document; reported like an edit. */
  setText(text: string): void;
  /** Marks the listed problems in the text, where the surface can (the plain text area cannot). */
  showProblems(problems: readonly Problem[]): void;
  /** Selects a problem's range, scrolls it into view and moves the keyboard focus there. */
  reveal(problem: Problem): void;
}

/** A selection as offsets into the document: `anchor` stays put, `head` is where the caret is. */
export interface Selection {
  anchor: number;
  head: number;
}
