import type { ErrorCode } from 'yaml';

/**
 * How an error of the `yaml` parser (eemeli/yaml) is worded for a reader. The library's messages are English only, so
 * each error code that can reach a reader has a message of its own, `yaml/syntax.<code>` in messages.ts (in English and
 * Japanese); a code whose library message names several different mistakes (MISSING_CHAR: a closing quote, a comma, a
 * space…) has one variant per mistake, `yaml/syntax.<code>.<case>`, told apart by the library's text. Named groups of
 * `match` become message parameters (an escape sequence, a character: the same in every language).
 *
 * Not listed, because `parseYaml` never lets them through: DUPLICATE_KEY (yaml's own check is off, `uniqueKeys: false`;
 * duplicates are yaml/duplicate-key), MULTIPLE_DOCS (parseDocument only), NON_STRING_KEY (the `stringKeys` option only).
 * A code or a message not listed keeps the rule's general message with the library's text as `{detail}`.
 */
/** The codes `parseYaml` never reports as yaml/syntax (see above); the tests check every other code has a wording. */
export const NOT_REPORTED: readonly ErrorCode[] = ['DUPLICATE_KEY', 'MULTIPLE_DOCS', 'NON_STRING_KEY'];

interface Wording {
  code: ErrorCode;
  /** The library's message for this case; absent for the code's own message. */
  match?: RegExp;
  /** The message variant: `yaml/syntax.<code>` or `yaml/syntax.<code>.<case>`. */
  messageId: string;
}

export const WORDINGS: readonly Wording[] = [
  { code: 'BAD_INDENT', match: /^All mapping items must start at the same column/, messageId: 'yaml/syntax.BAD_INDENT.mapping' },
  { code: 'BAD_INDENT', match: /^All sequence items must start at the same column/, messageId: 'yaml/syntax.BAD_INDENT.sequence' },
  { code: 'BAD_INDENT', match: /^Block scalar/, messageId: 'yaml/syntax.BAD_INDENT.block-scalar' },
  {
    code: 'BAD_INDENT',
    match: /^Flow (?:sequence|map) in block collection must be sufficiently indented and end with a (?<end>[\]}])/,
    messageId: 'yaml/syntax.BAD_INDENT.flow',
  },
  { code: 'BAD_INDENT', messageId: 'yaml/syntax.BAD_INDENT' },
  { code: 'TAB_AS_INDENT', messageId: 'yaml/syntax.TAB_AS_INDENT' },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    match: /^Nested mappings are not allowed in compact mappings/,
    messageId: 'yaml/syntax.BLOCK_AS_IMPLICIT_KEY.compact',
  },
  { code: 'BLOCK_AS_IMPLICIT_KEY', messageId: 'yaml/syntax.BLOCK_AS_IMPLICIT_KEY' },
  { code: 'BLOCK_IN_FLOW', messageId: 'yaml/syntax.BLOCK_IN_FLOW' },
  { code: 'MULTILINE_IMPLICIT_KEY', messageId: 'yaml/syntax.MULTILINE_IMPLICIT_KEY' },
  { code: 'KEY_OVER_1024_CHARS', messageId: 'yaml/syntax.KEY_OVER_1024_CHARS' },
  { code: 'MISSING_CHAR', match: /^Missing closing "quote/, messageId: 'yaml/syntax.MISSING_CHAR.double-quote' },
  { code: 'MISSING_CHAR', match: /^Missing closing 'quote/, messageId: 'yaml/syntax.MISSING_CHAR.single-quote' },
  { code: 'MISSING_CHAR', match: /^Missing , (?:or : )?between flow/, messageId: 'yaml/syntax.MISSING_CHAR.comma' },
  { code: 'MISSING_CHAR', match: /^Missing space after : in flow/, messageId: 'yaml/syntax.MISSING_CHAR.colon-space' },
  { code: 'MISSING_CHAR', match: /^Comments must be separated/, messageId: 'yaml/syntax.MISSING_CHAR.comment-space' },
  { code: 'MISSING_CHAR', match: /^Tags and anchors must be separated/, messageId: 'yaml/syntax.MISSING_CHAR.property-space' },
  { code: 'MISSING_CHAR', match: /^Implicit map keys need to be followed by map values/, messageId: 'yaml/syntax.MISSING_CHAR.map-value' },
  { code: 'MISSING_CHAR', match: /^Sequence item without - indicator/, messageId: 'yaml/syntax.MISSING_CHAR.sequence-indicator' },
  { code: 'MISSING_CHAR', match: /^Flow (?:sequence|map) must end with a (?<end>[\]}])/, messageId: 'yaml/syntax.MISSING_CHAR.flow-end' },
  { code: 'MISSING_CHAR', match: /^Missing directives-end/, messageId: 'yaml/syntax.MISSING_CHAR.document-start' },
  { code: 'MISSING_CHAR', messageId: 'yaml/syntax.MISSING_CHAR' },
  { code: 'UNEXPECTED_TOKEN', match: /^Unexpected , in flow/, messageId: 'yaml/syntax.UNEXPECTED_TOKEN.comma' },
  { code: 'UNEXPECTED_TOKEN', match: /^Unexpected empty item in flow/, messageId: 'yaml/syntax.UNEXPECTED_TOKEN.empty-item' },
  {
    code: 'UNEXPECTED_TOKEN',
    match: /^(?:Block scalar header includes extra characters|Unexpected token in block scalar header)/,
    messageId: 'yaml/syntax.UNEXPECTED_TOKEN.block-scalar-header',
  },
  {
    code: 'UNEXPECTED_TOKEN',
    match: /^Unexpected block-seq-ind on same line with key/,
    messageId: 'yaml/syntax.UNEXPECTED_TOKEN.sequence-on-key-line',
  },
  { code: 'UNEXPECTED_TOKEN', match: /^Unexpected \S+ at node end/, messageId: 'yaml/syntax.UNEXPECTED_TOKEN.node-end' },
  {
    code: 'UNEXPECTED_TOKEN',
    match: /^Unexpected [\w-]+ token in YAML (?:stream|document): (?<found>".*")$/,
    messageId: 'yaml/syntax.UNEXPECTED_TOKEN.token',
  },
  { code: 'UNEXPECTED_TOKEN', messageId: 'yaml/syntax.UNEXPECTED_TOKEN' },
  { code: 'BAD_DQ_ESCAPE', match: /^Invalid escape sequence (?<escape>.+)$/, messageId: 'yaml/syntax.BAD_DQ_ESCAPE' },
  {
    code: 'BAD_SCALAR_START',
    match: /^Plain value cannot start with reserved character (?<char>.+)$/,
    messageId: 'yaml/syntax.BAD_SCALAR_START',
  },
  { code: 'BAD_SCALAR_START', messageId: 'yaml/syntax.BAD_SCALAR_START.other' },
  { code: 'BAD_ALIAS', match: /ending in : is ambiguous/, messageId: 'yaml/syntax.BAD_ALIAS.colon' },
  { code: 'BAD_ALIAS', messageId: 'yaml/syntax.BAD_ALIAS' },
  { code: 'ALIAS_PROPS', messageId: 'yaml/syntax.ALIAS_PROPS' },
  { code: 'MULTIPLE_ANCHORS', messageId: 'yaml/syntax.MULTIPLE_ANCHORS' },
  { code: 'MULTIPLE_TAGS', messageId: 'yaml/syntax.MULTIPLE_TAGS' },
  {
    code: 'BAD_PROP_ORDER',
    match: /^Anchors and tags must be after the (?<indicator>\S+) indicator/,
    messageId: 'yaml/syntax.BAD_PROP_ORDER',
  },
  { code: 'TAG_RESOLVE_FAILED', match: /^Unresolved tag: (?<tag>.+)$/, messageId: 'yaml/syntax.TAG_RESOLVE_FAILED.unresolved' },
  { code: 'TAG_RESOLVE_FAILED', messageId: 'yaml/syntax.TAG_RESOLVE_FAILED' },
  { code: 'BAD_COLLECTION_TYPE', messageId: 'yaml/syntax.BAD_COLLECTION_TYPE' },
  { code: 'BAD_DIRECTIVE', messageId: 'yaml/syntax.BAD_DIRECTIVE' },
  { code: 'RESOURCE_EXHAUSTION', messageId: 'yaml/syntax.RESOURCE_EXHAUSTION' },
  { code: 'IMPOSSIBLE', messageId: 'yaml/syntax.IMPOSSIBLE' },
];

/** Errors that `toJS` throws without a code (an alias it cannot use), worded the same way. */
export const ALIAS_WORDINGS: readonly { match: RegExp; messageId: string }[] = [
  { match: /^Unresolved alias \(the anchor must be set before the alias\): (?<name>.+)$/, messageId: 'yaml/syntax.alias' },
  { match: /^Merge sources must be map/, messageId: 'yaml/syntax.merge' },
];

export interface Worded {
  /** Absent: the rule's general message, `YAML syntax error: {detail}`. */
  messageId?: string;
  params: Record<string, string>;
}

/** The message of a `yaml` error: its variant and parameters; the library's text stays a parameter (`detail`). */
export function wordYamlError(code: string | undefined, detail: string): Worded {
  const wordings: readonly { code?: string; match?: RegExp; messageId: string }[] = code === undefined ? ALIAS_WORDINGS : WORDINGS;
  for (const wording of wordings) {
    if (wording.code !== undefined && wording.code !== code) continue;
    const found = wording.match ? wording.match.exec(detail) : null;
    if (wording.match && !found) continue;
    return { messageId: wording.messageId, params: { ...found?.groups, detail, ...(code ? { code } : {}) } };
  }
  return { params: { detail, ...(code ? { code } : {}) } };
}
