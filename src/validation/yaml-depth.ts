/**
 * How deeply a YAML (or JSON) text nests, measured by one linear scan before any parser runs: both parsers recurse
 * once per level and overflow the stack somewhere past 1,000 flow levels, which would surface as a raw JavaScript
 * error. No parser offers a depth limit, so this scan is written here.
 *
 * The count is an upper bound that real manifests stay far below: block levels are the stack of indentations (plus
 * one per `- ` or `? ` starting a line), flow levels the open `[`/`{`. Quoted strings, comments and block scalars
 * (`|`, `>`) are skipped so brackets inside text do not count.
 */

/** Far above the deepest real manifest (CRD schemas reach about a hundred levels), below where the parsers overflow. */
export const MAX_DEPTH = 512;

export interface DepthExceeded {
  depth: number;
  line: number;
  column: number;
}

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;

/**
 * A sound shortcut that skips the scan for nearly every file: depth is at most the open brackets plus one more than
 * the longest run of leading spaces, `-` and `?` on any line; when that bound is within the limit, nothing is deep.
 */
function cannotBeTooDeep(text: string, limit: number): boolean {
  let brackets = 0;
  for (const open of ['[', '{']) for (let i = text.indexOf(open); i >= 0 && brackets < limit; i = text.indexOf(open, i + 1)) brackets++;
  if (brackets >= limit) return false;
  return !new RegExp(`^[ ?-]{${limit - brackets}}`, 'm').test(text);
}

/** The first place where nesting goes beyond `limit`, or null. */
export function findExcessiveNesting(text: string, limit = MAX_DEPTH): DepthExceeded | null {
  if (cannotBeTooDeep(text, limit)) return null;
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let i = 0;
  const n = text.length;
  let blockScalarIndent = -1; // inside a `|` or `>` scalar: lines indented more than this are text
  while (i < n) {
    const lineStart = i;
    let indent = 0;
    while (i < n && text.charCodeAt(i) === SPACE) {
      indent++;
      i++;
    }
    const first = i < n ? text.charCodeAt(i) : NEWLINE;
    const blank = first === NEWLINE || first === CR || first === 35; /* # */
    if (blockScalarIndent >= 0) {
      if (blank || indent > blockScalarIndent) {
        i = nextLine(text, i);
        line++;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (blank) {
      i = nextLine(text, i);
      line++;
      continue;
    }
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      // `- - - x` and `? ` nest one level per indicator on the same line.
      while (i + 1 < n && (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 63) && isBlank(text.charCodeAt(i + 1))) {
        i += 2;
        indent += 2;
        indents.push(indent);
        while (i < n && text.charCodeAt(i) === SPACE) i++;
      }
      if (indents.length > limit) return { depth: indents.length, line, column: i - lineStart + 1 };
    }
    // The rest of the line: flow indicators, quotes, comments, a block scalar header.
    let previous = SPACE;
    let lastSignificant = SPACE;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) break;
      if (c === 35 /* # */ && isBlank(previous)) {
        i = nextLine(text, i) - 1;
        break;
      }
      if ((c === 34 /* " */ || c === 39) /* ' */ && (isBlank(previous) || isFlowIndicator(previous) || previous === 58)) {
        i = skipQuoted(text, i, c);
        previous = c;
        lastSignificant = c;
        continue;
      }
      if (c === 91 /* [ */ || c === 123 /* { */) {
        flow++;
        if (indents.length + flow > limit) return { depth: indents.length + flow, line, column: i - lineStart + 1 };
      } else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) {
        flow--;
      }
      if (c !== SPACE && c !== TAB && c !== CR) lastSignificant = c;
      previous = c;
      i++;
    }
    if (flow === 0 && mayEndBlockScalarHeader(lastSignificant) && isBlockScalarHeader(text, lineStart, i)) blockScalarIndent = indent;
    i = i < n ? i + 1 : n;
    line++;
  }
  return null;
}

/** | > - + or a digit: the last character of a block scalar header. */
function mayEndBlockScalarHeader(c: number): boolean {
  return c === 124 || c === 62 || c === 45 || c === 43 || (c >= 48 && c <= 57);
}

/** `key: |-`, `key: >+2`: a header whose last token starts with | or >. */
function isBlockScalarHeader(text: string, start: number, end: number): boolean {
  const lineText = text
    .slice(start, end)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  return /(^|[\s:-])[|>][-+0-9]*$/.test(lineText);
}

function skipQuoted(text: string, start: number, quote: number): number {
  let i = start + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92 /* \ */) {
      i += 2;
      continue;
    }
    if (c === NEWLINE) return i; // a multi-line quoted string: the rest is scanned as lines, keeping line numbers right
    if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) {
        i += 2; // '' is an escaped quote
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return n;
}

function nextLine(text: string, from: number): number {
  const next = text.indexOf('\n', from);
  return next < 0 ? text.length : next + 1;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === CR || Number.isNaN(c);
}

function isFlowIndicator(c: number): boolean {
  return c === 91 || c === 93 || c === 123 || c === 125 || c === 44;
}
