import jsYaml from 'js-yaml';
import type { Document, Pair, ScalarTag, SchemaOptions, YAMLError, YAMLMap, Node as YamlNode } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, visit } from 'yaml';
import { MAY_RESOLVE, resolvePlainScalar } from './kubectl-yaml.ts';
import { wordYamlError } from './rules/yaml/syntax/wording.ts';
import type { PathKey, Position } from './types.ts';
import { findExcessiveNesting, MAX_DEPTH } from './yaml-depth.ts';

/**
 * YAML (and JSON, a subset of YAML 1.2) → documents whose values can be located in the source, so every problem found
 * later on a value points at the node it came from. Plain scalars are resolved as kubectl resolves them (YAML 1.1, see
 * kubectl-yaml.ts): `yes` is true, `0644` is 420, `<<` merges; `\'` is accepted in double quotes, as libyaml does.
 *
 * Two parsers, one result: `yaml` (eemeli/yaml) keeps a full syntax tree with source ranges, reports every error with
 * its position, bounds alias expansion and is the reference; building that tree is, however, about four times slower
 * than `js-yaml`. Files that js-yaml loads without error under the same YAML 1.2 core schema (no duplicate keys, no
 * anchors) are read with js-yaml, and the `yaml` tree is built only when a problem needs a position. Anything else
 * (syntax errors, duplicate keys, anchors and aliases, tags) goes straight to `yaml`.
 */

/** One implicit tag for every plain scalar that may be more than a string; both parsers apply it to plain scalars only. */
const KUBECTL_PLAIN = 'tag:yaml.org,2002:kubectl-plain';
const JS_YAML_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    jsYaml.types.merge,
    new jsYaml.Type(KUBECTL_PLAIN, {
      kind: 'scalar',
      resolve: (data) => data === null || MAY_RESOLVE.test(data),
      construct: (data) => resolvePlainScalar(data ?? ''),
    }),
  ],
});
const YAML_TAG: ScalarTag = { tag: KUBECTL_PLAIN, default: true, test: MAY_RESOLVE, resolve: (text: string) => resolvePlainScalar(text) };
const YAML_OPTIONS: SchemaOptions = { schema: 'failsafe', customTags: (tags) => [...tags, YAML_TAG], merge: true };

/** Aliases a document may expand; far above any real manifest, far below a "billion laughs" bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedDocument {
  index: number;
  /** The plain value (`toJS`), or undefined when the document is empty or could not be converted. */
  value: unknown;
  /** Where a path inside this document is; `key` points at the field name instead of its value. */
  locate: (path: readonly PathKey[], options?: { key?: boolean }) => Position;
  /** The source text of the value at `path` when it is a plain (unquoted, untagged) scalar. */
  plainSource: (path: readonly PathKey[]) => string | undefined;
}

export interface SyntaxProblem {
  ruleId: 'yaml/syntax' | 'yaml/duplicate-key' | 'yaml/alias-limit' | 'yaml/depth';
  severity: 'error' | 'warning';
  /** A variant of the rule's message (`yaml/syntax.TAB_AS_INDENT`); absent for the rule's own. */
  messageId?: string;
  params: Record<string, string>;
  at: Position;
}

export interface ParsedYaml {
  documents: ParsedDocument[];
  problems: (
    | SyntaxProblem
    | { ruleId: 'cni/syntax'; severity: 'error'; messageId?: string; params: Record<string, string>; at: Position }
  )[];
}

/**
 * An anchor (`&name`) where a node may start (after a space, a line start or a flow indicator), even inside a string:
 * such files take the exact path, whose alias expansion is bounded. `&` inside a word (URLs with `?a=1&b=2`, shell
 * `&&`) cannot start an anchor and no longer sends a file down the slow path.
 */
const MAY_HAVE_ANCHOR = /(?:^|[\s[{,])&[^\s,[\]{}]/m;

export function parseYaml(text: string): ParsedYaml {
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep)
    return {
      documents: [],
      problems: [
        {
          ruleId: 'yaml/depth',
          severity: 'error',
          params: { limit: String(MAX_DEPTH) },
          at: { line: tooDeep.line, column: tooDeep.column },
        },
      ],
    };
  if (!MAY_HAVE_ANCHOR.test(text)) {
    let values: unknown[] | undefined;
    try {
      values = jsYaml.loadAll(text, undefined, { schema: JS_YAML_SCHEMA }) as unknown[];
    } catch {
      values = undefined; // the exact parser reports the error with its position
    }
    if (values) return fastResult(text, values);
  }
  return exactParse(text);
}

/**
 * js-yaml's values; the exact tree of a document is built on its first `locate`. Only that document's text is parsed
 * again (a bundle of hundreds of documents with one problem used to be parsed twice in full): a line starting with
 * `---` always starts a document (YAML forbids it inside any scalar), so the text is cut there. If the cut does not
 * give one piece per js-yaml document (directives, `...` markers), the whole text is parsed and matched by the order
 * of non-empty documents, as before.
 */
function fastResult(text: string, values: unknown[]): ParsedYaml {
  const pieces = documentPieces(text, values.length);
  let whole: ParsedDocument[] | undefined;
  const nonEmpty = () => (whole ??= exactParse(text).documents.filter((d) => d.value !== undefined && d.value !== null));
  const documents: ParsedDocument[] = [];
  let nth = 0;
  values.forEach((value, index) => {
    if (value === undefined || value === null) return;
    const position = nth++;
    let exact: ParsedDocument | null | undefined;
    const own = (): ParsedDocument | undefined => {
      if (exact === undefined) {
        const piece = pieces?.[index];
        exact = piece ? pieceDocument(text, piece) : (nonEmpty()[position] ?? null);
      }
      return exact ?? undefined;
    };
    documents.push({
      index,
      value,
      locate: (path, options) => own()?.locate(path, options) ?? { line: 1, column: 1 },
      plainSource: (path) => own()?.plainSource(path),
    });
  });
  return { documents, problems: [] };
}

interface Piece {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;

/** The text of each document, cut at `---` lines; null when that does not match js-yaml's document count. */
function documentPieces(text: string, count: number): Piece[] | null {
  if (/^(?:\.\.\.|%)/m.test(text)) return null;
  const starts: number[] = [];
  for (const match of text.matchAll(DOCUMENT_START)) starts.push(match.index);
  const pieces: Piece[] = [];
  // Text before the first marker is a document only if it has content (not just comments and blank lines).
  const head = text.slice(0, starts[0] ?? text.length);
  if (/^[ \t]*[^\s#]/m.test(head)) pieces.push({ start: 0, end: starts[0] ?? text.length, line: 1 });
  let line = 1;
  let counted = 0;
  starts.forEach((start, k) => {
    for (let i = text.indexOf('\n', counted); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
    counted = start;
    pieces.push({ start, end: starts[k + 1] ?? text.length, line });
  });
  return pieces.length === count ? pieces : null;
}

function pieceDocument(text: string, piece: Piece): ParsedDocument | null {
  const parsed = exactParse(text.slice(piece.start, piece.end)).documents.find((d) => d.value !== undefined && d.value !== null);
  if (!parsed) return null;
  const shift = (position: Position): Position => {
    const moved: Position = { line: position.line + piece.line - 1, column: position.column };
    if (position.endLine !== undefined) {
      moved.endLine = position.endLine + piece.line - 1;
      moved.endColumn = position.endColumn;
    }
    return moved;
  };
  return { ...parsed, locate: (path, options) => shift(parsed.locate(path, options)) };
}

/** The exact path alone (the `yaml` tree), for tests that compare it with the fast one. */
export function parseYamlExact(text: string): ParsedYaml {
  return exactParse(text);
}

function exactParse(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // yaml's own uniqueKeys check compares every key with every earlier one (minutes for one duplicate in a map of
  // 100,000 keys); duplicateKeys below does the same with one Set per map.
  const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  const problems: SyntaxProblem[] = [];
  const toPos = (offset: number, end?: number): Position => {
    const start = lineCounter.linePos(offset);
    const pos: Position = { line: start.line, column: start.col };
    if (end !== undefined && end > offset) {
      const stop = lineCounter.linePos(end);
      pos.endLine = stop.line;
      pos.endColumn = stop.col;
    }
    return pos;
  };
  // parseAllDocuments returns an EmptyStream (an empty array with errors) for a stream without documents.
  const list = Array.isArray(docs) ? docs : [];
  const documents: ParsedDocument[] = [];
  /** The library's errors and warnings as problems; true when there was an error (the document is not used). */
  const libraryProblems = (errors: readonly YAMLError[], warnings: readonly YAMLError[], doc?: Document.Parsed): boolean => {
    let broken = false;
    for (const error of errors) {
      if (doc && error.code === 'BAD_DQ_ESCAPE' && acceptSingleQuoteEscape(doc, error.pos[0], text)) continue;
      broken = true;
      const duplicate = error.code === 'DUPLICATE_KEY';
      problems.push({
        ruleId: duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
        severity: 'error',
        // The library's messages are English only: each code gets a message of its own in both languages.
        ...(duplicate ? { params: { detail: firstLine(error.message) } } : wordYamlError(error.code, firstLine(error.message))),
        at: toPos(error.pos[0], error.pos[1]),
      });
    }
    for (const warning of warnings) {
      problems.push({
        ruleId: 'yaml/syntax',
        severity: 'warning',
        ...wordYamlError(warning.code, firstLine(warning.message)),
        at: toPos(warning.pos[0], warning.pos[1]),
      });
    }
    return broken;
  };
  // A stream without documents (only directives or comments) comes back as an EmptyStream: an empty array that
  // carries the stream's own errors (`%TAG` without its two parts) and warnings, which must not be lost.
  if (list.length === 0) {
    const stream = docs as { errors?: YAMLError[]; warnings?: YAMLError[] };
    libraryProblems(stream.errors ?? [], stream.warnings ?? []);
  }
  list.forEach((doc, index) => {
    let broken = libraryProblems(doc.errors, doc.warnings, doc);
    for (const duplicate of duplicateKeys(doc)) {
      broken = true;
      const first = lineCounter.linePos(duplicate.firstOffset);
      problems.push({
        ruleId: 'yaml/duplicate-key',
        severity: 'error',
        messageId: 'yaml/duplicate-key.repeated',
        params: {
          key: duplicate.key,
          line: String(first.line),
          detail: `"${duplicate.key}" is already a key of this mapping (line ${first.line})`,
        },
        at: toPos(duplicate.range[0], duplicate.range[1]),
      });
    }
    let value: unknown;
    if (!broken && doc.contents !== null) {
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        // yaml throws for an alias bomb ("Excessive alias count"), and for an alias it cannot use (an anchor of another
        // document, a merge of a non-map): both are input errors, but only the first is a bomb.
        const alias = firstAlias(doc);
        const detail = firstLine(error instanceof Error ? error.message : String(error));
        const bomb = /alias count/i.test(detail);
        const worded = bomb ? undefined : wordYamlError(undefined, detail);
        problems.push({
          ruleId: bomb ? 'yaml/alias-limit' : 'yaml/syntax',
          severity: 'error',
          ...(worded?.messageId ? { messageId: worded.messageId } : {}),
          params: bomb
            ? { limit: String(MAX_ALIAS_COUNT), detail }
            : worded?.messageId
              ? worded.params
              : { detail: `${detail} (an alias refers to an anchor of its own document, before it)` },
          at: alias?.range ? toPos(alias.range[0], alias.range[1]) : { line: 1, column: 1 },
        });
        value = undefined;
      }
    }
    const locate = (path: readonly PathKey[], options: { key?: boolean } = {}): Position => {
      const found = findNode(doc, path);
      const target = options.key && found.pair && isScalar(found.pair.key) ? found.pair.key : found.node;
      const range = target?.range;
      if (range) return toPos(range[0], range[1]);
      return toPos(doc.range?.[0] ?? 0);
    };
    const plainSource = (path: readonly PathKey[]): string | undefined => {
      const { node } = findNode(doc, path);
      return isScalar(node) && node.type === 'PLAIN' && !node.tag && node.source !== undefined ? node.source : undefined;
    };
    documents.push({ index, value, locate, plainSource });
  });
  return { documents, problems };
}

interface Found {
  node: YamlNode | null;
  pair: Pair | null;
}

/**
 * Walks the syntax tree along `path`. When the path leaves the tree (a missing required field), the deepest node that
 * exists is returned, so the problem points at the object that lacks the field.
 */
export function findNode(doc: Document.Parsed, path: readonly PathKey[]): Found {
  let node = doc.contents as YamlNode | null;
  let pair: Pair | null = null;
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(doc) ?? node;
    if (isMap(node)) {
      const next = pairIndex(node).get(String(key));
      if (!next) break;
      pair = next as Pair;
      node = (next.value as YamlNode | null) ?? (next.key as YamlNode);
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      pair = null;
      node = node.items[key] as YamlNode;
    } else {
      break;
    }
  }
  return { node, pair };
}

const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * Each map's pairs by key (the first pair of a key, as a linear search would find), built once per map: locating
 * every problem of a file with thousands of keys would otherwise scan the map once per problem.
 */
function pairIndex(map: YAMLMap): Map<string, Pair> {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key)) {
        const key = String(item.key.value);
        if (!index.has(key)) index.set(key, item as Pair);
      }
    }
    pairIndexes.set(map, index);
  }
  return index;
}

/**
 * libyaml (and so kubectl) accepts `\'` in a double-quoted scalar as an escaped `'`; YAML 1.2 and `yaml` do not. When
 * the bad escape is `\'`, the scalar is read again with each `\'` written as `\x27` and the error is dropped.
 */
function acceptSingleQuoteEscape(doc: Document.Parsed, offset: number, text: string): boolean {
  if (text.slice(offset, offset + 2) !== "\\'") return false;
  let fixed = false;
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      if (fixed || node.type !== 'QUOTE_DOUBLE' || !range || offset < range[0] || offset >= range[1]) return;
      const raw = text.slice(range[0], range[1]);
      // \' only where the backslash is not itself escaped (an odd run of backslashes).
      const rewritten = raw.replace(/(\\+)'/g, (run: string, slashes: string) =>
        slashes.length % 2 === 1 ? `${slashes.slice(1)}\\x27` : run,
      );
      const reread = parseDocument(rewritten, { strict: true });
      if (reread.errors.length === 0 && typeof reread.contents?.toJSON() === 'string') {
        node.value = reread.contents.toJSON();
        fixed = true;
      }
    },
  });
  return fixed;
}

interface DuplicateKey {
  key: string;
  range: [number, number];
  firstOffset: number;
}

/** Keys that repeat within one mapping, in one pass with a Map per mapping (scalar keys; `<<` merge keys may repeat). */
function duplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  if (doc.errors.length > 0) return found;
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, number>();
      for (const item of map.items) {
        if (!isScalar(item.key) || !item.key.range) continue;
        // yaml represents a merge key (`<<`) by a symbol; repeating it merges several maps.
        if (typeof item.key.value === 'symbol') continue;
        // As strings: kubectl turns the document into JSON, where 1 and "1" are the same key.
        const key = String(item.key.value);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, item.key.range[0]);
        else found.push({ key, range: [item.key.range[0], item.key.range[1]], firstOffset: first });
      }
    },
  });
  return found;
}

function firstAlias(doc: Document.Parsed): YamlNode | null {
  let found: YamlNode | null = null;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
