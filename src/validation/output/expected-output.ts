import type { ShellCommand } from '../kubectl/shell.ts';
import type { Location } from '../resource.ts';
import type { Position } from '../types.ts';

/** An expected output (`<name>.out`) and the command that prints it (the last command of `<name>.sh`). */
export interface ExpectedOutput {
  file: string;
  lines: string[];
  /** The command file beside it (same folder, same base name), if any. */
  commandFile: string | undefined;
  command: ShellCommand | undefined;
  at(line: number, column?: number, endColumn?: number, path?: string): Location;
}

export function toExpectedOutput(
  file: string,
  text: string,
  commandFile: string | undefined,
  command: ShellCommand | undefined,
): ExpectedOutput {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  return {
    file,
    lines,
    commandFile,
    command,
    at: (line, column = 1, endColumn, path = '') => {
      const position: Position = { line, column };
      if (endColumn !== undefined) {
        position.endLine = line;
        position.endColumn = endColumn;
      }
      return { file, position, path };
    },
  };
}

export interface TableCell {
  text: string;
  column: number;
}

export interface Table {
  header: TableCell[];
  rows: { line: number; cells: TableCell[] }[];
}

/** kubectl's table printer: upper-case header, columns padded with at least three spaces; cells have no spaces. */
export function parseTable(lines: string[]): Table | null {
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return null;
  const cells = (line: string): TableCell[] => [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], column: m.index + 1 }));
  const header = cells(lines[headerIndex]!);
  if (header.length === 0 || !header.every((c) => /^[A-Z][A-Z()-]*$/.test(c.text))) return null;
  const rows = lines
    .map((line, index) => ({ line: index + 1, cells: cells(line) }))
    .filter((row) => row.line - 1 > headerIndex && row.cells.length > 0);
  return { header, rows };
}
