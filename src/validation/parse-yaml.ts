import jsYaml from 'js-yaml';
import type { Document, Pair, YAMLMap, Node as YamlNode } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { PathKey, Position } from './types.ts';
import { findExcessiveNesting, MAX_DEPTH } from './yaml-depth.ts';

/**
 * YAML (and JSON, a subset of YAML 1.2) → documents whose values can be located in the source, so every problem found
 * later on a value points at the node it came from.
 *
 * Two parsers, one result: `yaml` (eemeli/yaml) keeps a full syntax tree with source ranges, reports every error with
 * its position, bounds alias expansion and is the reference; building that tree is, however, about four times slower
 * than `js-yaml`. Files that js-yaml loads without error under the same YAML 1.2 core schema (no duplicate keys, no
 * anchors) are read with js-yaml, and the `yaml` tree is built only when a problem needs a position. Anything else
 * (syntax errors, duplicate keys, anchors and aliases, tags) goes straight to `yaml`.
 */

/** Aliases a document may expand; far above any real manifest, far below a "billion laughs" bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedDocument {
  index: number;
  /** The plain value (`toJS`), or undefined when the document is empty or could not be converted. */
  value: unknown;
  /** Where a path inside this document is; `key` points at the field name instead of its value. */
  locate: (path: readonly PathKey[], options?: { key?: boolean }) => Position;
}

export interface SyntaxProblem {
  ruleId: 'yaml/syntax' | 'yaml/duplicate-key' | 'yaml/alias-limit' | 'yaml/depth';
  severity: 'error' | 'warning';
  params: Record<string, string>;
  at: Position;
}

export interface ParsedYaml {
  documents: ParsedDocument[];
  problems: SyntaxProblem[];
}

/** An anchor (`&name`) anywhere, even in a string: such files take the exact path, whose alias expansion is bounded. */
const MAY_HAVE_ANCHOR = /&[^\s]/;

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
      values = jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA }) as unknown[];
    } catch {
      values = undefined; // the exact parser reports the error with its position
    }
    if (values) return fastResult(text, values);
  }
  return exactParse(text);
}

/** js-yaml's values; the exact tree is built on the first `locate` and matched by the order of non-empty documents. */
function fastResult(text: string, values: unknown[]): ParsedYaml {
  let exact: ParsedDocument[] | undefined;
  const nonEmpty = () => (exact ??= exactParse(text).documents.filter((d) => d.value !== undefined && d.value !== null));
  const documents: ParsedDocument[] = [];
  let nth = 0;
  values.forEach((value, index) => {
    if (value === undefined || value === null) return;
    const position = nth++;
    documents.push({
      index,
      value,
      locate: (path, options) => nonEmpty()[position]?.locate(path, options) ?? { line: 1, column: 1 },
    });
  });
  return { documents, problems: [] };
}

function exactParse(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // yaml's own uniqueKeys check compares every key with every earlier one (minutes for one duplicate in a map of
  // 100,000 keys); duplicateKeys below does the same with one Set per map.
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
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
  list.forEach((doc, index) => {
    let broken = false;
    for (const error of doc.errors) {
      broken = true;
      problems.push({
        ruleId: error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
        severity: 'error',
        params: { detail: firstLine(error.message) },
        at: toPos(error.pos[0], error.pos[1]),
      });
    }
    for (const warning of doc.warnings) {
      problems.push({
        ruleId: 'yaml/syntax',
        severity: 'warning',
        params: { detail: firstLine(warning.message) },
        at: toPos(warning.pos[0], warning.pos[1]),
      });
    }
    for (const duplicate of duplicateKeys(doc)) {
      broken = true;
      const first = lineCounter.linePos(duplicate.firstOffset);
      problems.push({
        ruleId: 'yaml/duplicate-key',
        severity: 'error',
        params: { detail: `"${duplicate.key}" is already a key of this mapping (line ${first.line})` },
        at: toPos(duplicate.range[0], duplicate.range[1]),
      });
    }
    let value: unknown;
    if (!broken && doc.contents !== null) {
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        // yaml throws a ReferenceError for an alias bomb (and for an alias to an unknown anchor): both are input errors.
        const alias = firstAlias(doc);
        problems.push({
          ruleId: 'yaml/alias-limit',
          severity: 'error',
          params: { limit: String(MAX_ALIAS_COUNT), detail: firstLine(error instanceof Error ? error.message : String(error)) },
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
    documents.push({ index, value, locate });
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

interface DuplicateKey {
  key: string;
  range: [number, number];
  firstOffset: number;
}

/** Keys that repeat within one mapping, in one pass with a Set per mapping (scalar keys; `<<` merge keys may repeat). */
function duplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  if (doc.errors.length > 0) return found;
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, number>();
      for (const item of map.items) {
        if (!isScalar(item.key) || !item.key.range) continue;
        // As strings: kubectl turns the document into JSON, where 1 and "1" are the same key.
        const key = String(item.key.value);
        if (key === '<<' && item.key.type === 'PLAIN') continue;
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
