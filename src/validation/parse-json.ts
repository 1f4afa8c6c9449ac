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
  /** JSON errors are worded by this module itself (describe), in English: no variants. */
  messageId?: undefined;
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
      problems: [
        { ruleId: 'cni/syntax', severity: 'error', params: { detail: describe(error, text) }, at: toPos(error.offset, error.length) },
      ],
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

/** What went wrong, in the terms a reader of a hand-written config needs (the parser's codes are terse). */
function describe(error: ParseError, text: string): string {
  const code = printParseErrorCode(error.error);
  const at = text.slice(error.offset, error.offset + Math.max(1, error.length));
  const before = text.slice(0, error.offset).trimEnd();
  if (code === 'InvalidCommentToken' || at.startsWith('//') || at.startsWith('/*'))
    return 'comments are not allowed in JSON (libcni reads it with Go encoding/json)';
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before.endsWith(',') && (at === '}' || at === ']'))
    return `trailing comma before "${at}" (not allowed in JSON)`;
  if (at.startsWith("'")) return 'strings and keys need double quotes in JSON';
  if (code === 'InvalidSymbol' && /^[A-Za-z_]/.test(at))
    return `unexpected "${at}": JSON needs double-quoted keys and strings (this looks like YAML)`;
  if (code === 'EndOfFileExpected') return 'only one JSON value is allowed per file';
  const readable = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${readable}${at.trim() ? ` at "${at.trim()}"` : ''}`;
}
