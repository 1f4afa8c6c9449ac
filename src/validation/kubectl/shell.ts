import type { Location } from '../resource.ts';
import type { Position } from '../types.ts';
import { loadKubectlSnapshot } from './snapshot.ts';

/**
 * Command files (`.sh`) → simple commands with the position of every word. Parsing is done by mvdan/sh (the parser
 * behind shfmt, as the `mvdan-sh` package) in bash mode: comments, line continuations, quotes, `$(…)`, process
 * substitution, here-strings, assignments, pipes, `&&`/`||`, functions and compound commands all come out right,
 * which no line splitter would. The parser is loaded on first use (it is 1.5 MB of JavaScript).
 * Upstream deprecated this GopherJS build for `sh-syntax` (its WebAssembly build), but sh-syntax 0.7's JSON syntax
 * tree leaves out the words of a command (a command is only its start and end position), its parse is async
 * only, and it starts a new Go runtime for every call (about 20 ms a file here), so it cannot replace this yet.
 */

export interface Word {
  /** The word with quotes removed; a word with expansions keeps them as written (`$(date)`). */
  text: string;
  position: Position;
  hasExpansion: boolean;
}

export interface ShellCommand {
  program: Word;
  args: Word[];
  /** `FOO=bar` before the program. */
  assignments: Word[];
  /** True for a command inside `$(…)` or `<(…)`. */
  nested: boolean;
}

export interface CommandFile {
  file: string;
  commands: ShellCommand[];
  placeholders: { text: string; position: Position }[];
  /** Shell functions the file defines (they are commands too). */
  functions: Set<string>;
  syntaxErrors: { message: string; position: Position }[];
  at(word: Word | Position, path?: string): Location;
}

/* Minimal typing of the mvdan-sh (GopherJS) API used here. */
export interface ShPos {
  Line(): number;
  Col(): number;
  Offset(): number;
  IsValid(): boolean;
}
export interface ShNode {
  Pos(): ShPos;
  End(): ShPos;
  [key: string]: unknown;
}
export interface ShSyntax {
  NewParser(...options: unknown[]): { Parse(src: string, name: string): ShNode };
  KeepComments(keep: boolean): unknown;
  Variant(lang: unknown): unknown;
  LangBash: unknown;
  Walk(node: ShNode, visit: (node: ShNode | null) => boolean): void;
  NodeType(node: ShNode): string;
}

let syntax: ShSyntax | undefined;

/** Loads the shell parser (and the kubectl snapshot) once; call before parseCommandFile or reading a command. */
export async function loadShellParser(): Promise<void> {
  // The kubectl snapshot is read with every command line, so it loads with the parser.
  const [sh] = await Promise.all([syntax ? undefined : import('mvdan-sh'), loadKubectlSnapshot()]);
  if (sh) syntax = (sh as unknown as { default: { syntax: ShSyntax } }).default.syntax;
}

/** The parser's own API, for other readers of shell scripts (the bash 3.2 check). */
export async function shellSyntax(): Promise<ShSyntax> {
  await loadShellParser();
  return syntax as ShSyntax;
}

/** `<Service名>`, `<name>`: prose placeholders, not shell. A word that starts with `<` and ends with `>`. */
const PLACEHOLDER = /(^|[\s=])(<[^<>\s()]+>)/g;

export function parseCommandFile(file: string, text: string): CommandFile {
  if (!syntax) throw new Error('call loadShellParser() first');
  const sh = syntax;
  const placeholders: CommandFile['placeholders'] = [];
  const cleaned = text
    .split('\n')
    .map((line, index) => {
      if (line.trimStart().startsWith('#')) return line;
      return line.replace(PLACEHOLDER, (_match, before: string, placeholder: string, offset: number) => {
        const column = offset + before.length + 1;
        placeholders.push({
          text: placeholder,
          position: { line: index + 1, column, endLine: index + 1, endColumn: column + placeholder.length },
        });
        // Same length, so the columns of everything after it stay right.
        return before + 'x'.repeat(placeholder.length);
      });
    })
    .join('\n');
  const result: CommandFile = {
    file,
    commands: [],
    placeholders,
    functions: new Set(),
    syntaxErrors: [],
    at: (word, path = '') => ({ file, position: 'position' in word ? word.position : word, path }),
  };
  let ast: ShNode;
  try {
    ast = sh.NewParser(sh.KeepComments(false), sh.Variant(sh.LangBash)).Parse(cleaned, file);
  } catch (error) {
    const e = error as { Error?: () => string; Pos?: ShPos };
    const message = (typeof e.Error === 'function' ? e.Error() : String(error)).replace(/^[^:]*:\d+:\d+: /, '');
    result.syntaxErrors.push({ message, position: { line: e.Pos?.Line() || 1, column: e.Pos?.Col() || 1 } });
    return result;
  }
  const visit = (node: ShNode | null, nested: boolean): boolean => {
    if (!node) return true;
    const type = sh.NodeType(node);
    if (type === 'FuncDecl') result.functions.add(String((node.Name as { Value: string }).Value));
    if (type === 'CallExpr') {
      const args = (node.Args as ShNode[]) ?? [];
      const assigns = (node.Assigns as ShNode[]) ?? [];
      if (args.length > 0) {
        const words = args.map((w) => toWord(sh, w, cleaned));
        result.commands.push({ program: words[0]!, args: words.slice(1), assignments: assigns.map((a) => toWord(sh, a, cleaned)), nested });
      }
    }
    if (type === 'CmdSubst' || type === 'ProcSubst') {
      for (const stmt of (node.Stmts as ShNode[]) ?? []) sh.Walk(stmt, (inner) => visit(inner, true));
      return false;
    }
    return true;
  };
  sh.Walk(ast, (node) => visit(node, false));
  return result;
}

function toWord(sh: ShSyntax, node: ShNode, source: string): Word {
  const start = node.Pos();
  const end = node.End();
  let hasExpansion = false;
  const unquote = (part: ShNode): string => {
    switch (sh.NodeType(part)) {
      case 'Lit':
        return String(part.Value);
      case 'SglQuoted':
        return String(part.Value);
      case 'DblQuoted':
        return ((part.Parts as ShNode[]) ?? []).map(unquote).join('');
      default:
        hasExpansion = true;
        return source.slice(part.Pos().Offset(), part.End().Offset());
    }
  };
  const parts = (node.Parts as ShNode[] | undefined) ?? (node.Value ? [node.Value as ShNode] : []);
  let text: string;
  if (sh.NodeType(node) === 'Assign') {
    text = source.slice(start.Offset(), end.Offset());
  } else {
    text = parts.map(unquote).join('');
  }
  return { text, position: { line: start.Line(), column: start.Col(), endLine: end.Line(), endColumn: end.Col() }, hasExpansion };
}
