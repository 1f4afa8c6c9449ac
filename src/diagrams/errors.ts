/**
 * A problem with one diagram, pointing at the page and the line of its ```mermaid fence. Its message is the
 * whole story (compiler style, `file:line: text`), so the build and the CLI print it as is, with no stack trace.
 */
export class DiagramError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'DiagramError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
