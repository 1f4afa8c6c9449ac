import { findNodeAtLocation, getNodeValue, type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ParsedYaml } from './parse-yaml.ts';
import type { PathKey, Position } from './types.ts';

/**
 * Strict JSON with positions, as libcni reads network configurations: Go's encoding/json, so no comments, no
 * trailing commas, no single quotes, no YAML. jsonc-parser (VS Code's) is used with comments and trailing commas
 * turned off; it reports every error with its offset and keeps a tree with offsets for locating values. Duplicate
 * keys are allowed and the last one wins, as in encoding/json.
 */

export interface JsonSyntaxProblem {
  ruleId: 'cni/syntax';
  severity: 'error';
  /** A variant of cni/syntax's message (`cni/syntax.comment`); absent for its own. */
  messageId?: string;
  params: Record<string, string>;
  at: Position;
}

export function parseStrictJson(text: string): ParsedYaml & { problems: JsonSyntaxProblem[] } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const toPos = (offset: number, length = 0): Position => {
    const start = lineAndColumn(lineStarts, offset);
    const position: Position = { line: start.line, column: start.column };
    if (length > 0) {
      const end = lineAndColumn(lineStarts, offset + length);
      position.endLine = end.line;
      position.endColumn = end.column;
    }
    return position;
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    // The first error is the one encoding/json stops at; later ones are mostly its echoes.
    const error = errors[0]!;
    return {
      documents: [],
      problems: [{ ruleId: 'cni/syntax', severity: 'error', ...describe(error, text), at: toPos(error.offset, error.length) }],
    };
  }
  if (!root) return { documents: [], problems: [] };
  const locate = (path: readonly PathKey[], options: { key?: boolean } = {}): Position => {
    let node: JsonNode | undefined;
    for (let depth = path.length; depth >= 0 && !node; depth--) node = findNodeAtLocation(root, path.slice(0, depth) as PathKey[]);
    const target = options.key && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
    return target ? toPos(target.offset, target.length) : { line: 1, column: 1 };
  };
  return { documents: [{ index: 0, value: getNodeValue(root), locate, plainSource: () => undefined }], problems: [] };
}

function lineAndColumn(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

/**
 * What went wrong, in the terms a reader of a hand-written config needs (the parser's codes are terse): a message of
 * cni/syntax (`cni/syntax.<case>` in rules/cni/syntax/messages.ts, in English and Japanese) and its parameters. The
 * English wording stays in `detail` for other tools; a code this does not know keeps the general message with it.
 */
function describe(error: ParseError, text: string): { messageId?: string; params: Record<string, string> } {
  const code = printParseErrorCode(error.error);
  const at = text.slice(error.offset, error.offset + Math.max(1, error.length));
  const before = text.slice(0, error.offset).trimEnd();
  if (code === 'InvalidCommentToken' || at.startsWith('//') || at.startsWith('/*'))
    return {
      messageId: 'cni/syntax.comment',
      params: { detail: 'comments are not allowed in JSON (libcni reads it with Go encoding/json)' },
    };
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before.endsWith(',') && (at === '}' || at === ']'))
    return { messageId: 'cni/syntax.trailing-comma', params: { token: at, detail: `trailing comma before "${at}" (not allowed in JSON)` } };
  if (at.startsWith("'"))
    return { messageId: 'cni/syntax.single-quote', params: { detail: 'strings and keys need double quotes in JSON' } };
  if (code === 'InvalidSymbol' && /^[A-Za-z_]/.test(at))
    return {
      messageId: 'cni/syntax.yaml',
      params: { token: at, detail: `unexpected "${at}": JSON needs double-quoted keys and strings (this looks like YAML)` },
    };
  if (code === 'EndOfFileExpected')
    return { messageId: 'cni/syntax.one-value', params: { detail: 'only one JSON value is allowed per file' } };
  const readable = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const detail = `${readable}${at.trim() ? ` at "${at.trim()}"` : ''}`;
  return JSON_CODES.includes(code) ? { messageId: `cni/syntax.${code}`, params: { detail } } : { params: { detail } };
}

/** The jsonc-parser codes with a message of their own (every code it has); the position shows where. */
export const JSON_CODES: readonly string[] = [
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
];
