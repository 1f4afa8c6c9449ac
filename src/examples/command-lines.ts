/**
 * The lines of a command file that a reader types: everything except the shebang and other comments, blank lines
 * and the `set -…` safety line that makes the file stop at its first failure. examples/walkthrough.sh prints the
 * same lines before running a file (its `command_lines` function follows this rule; tests hold the two together).
 */
export function commandLines(source: string): string[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*(#|$)/.test(line) && !line.startsWith('set -'));
}

/**
 * A terminal transcript as a shell session: each command after a `$ ` prompt (continuation lines of a command that
 * ends in `\` stay unprompted), followed by the expected output as recorded.
 */
export function transcript(commands: string[], output: string): string {
  const lines: string[] = [];
  let continued = false;
  for (const line of commands) {
    lines.push(continued ? line : `$ ${line}`);
    continued = line.endsWith('\\');
  }
  return [...lines, output.replace(/\r\n?/g, '\n').replace(/\n$/, '')].join('\n');
}
