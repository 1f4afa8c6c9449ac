/**
 * How a syntax error of the shell parser (mvdan/sh) is worded for a reader. Its messages are English only and carry
 * no code, so each message a command file can reach is told apart by its text and has a variant of its own,
 * `sh/syntax.<case>` in messages.ts (English and Japanese). Named groups of `match` become message parameters: shell
 * tokens (`fi`, `&&`, a quote), the same in every language. A message not listed keeps the rule's general message with
 * the parser's text as `{detail}`.
 */
interface Wording {
  match: RegExp;
  messageId: string;
}

export const WORDINGS: readonly Wording[] = [
  { match: /^reached \S+ without closing quote (?<quote>\S+)$/, messageId: 'sh/syntax.unclosed-quote' },
  { match: /^reached \S+ without matching (?<open>\S+) with (?<close>\S+)$/, messageId: 'sh/syntax.unmatched' },
  { match: /^(?<statement>\w+) statement must end with "(?<end>\w+)"$/, messageId: 'sh/syntax.must-end' },
  { match: /^unclosed here-document '(?<word>[^']*)'$/, messageId: 'sh/syntax.unclosed-heredoc' },
  { match: /^"(?<token>\w+)" can only be used to end an? (?:if|loop|case)$/, messageId: 'sh/syntax.closes-nothing' },
  { match: /^"(?<token>\w+)" can only be used in an? (?:if|loop)$/, messageId: 'sh/syntax.outside-block' },
  { match: /^(?<token>\S+) can only be used in a case clause$/, messageId: 'sh/syntax.outside-case' },
  { match: /^(?<token>\S+) can only immediately follow a statement$/, messageId: 'sh/syntax.follow-statement' },
  { match: /^"?(?<token>[^"\s]+)"? must be followed by a statement(?: list)?$/, messageId: 'sh/syntax.needs-statement' },
  { match: /^"?(?<token>[^"\s]+)"? must be followed by a word$/, messageId: 'sh/syntax.needs-word' },
  { match: /^"?(?<token>[^"\s]+)"? must be followed by an expression$/, messageId: 'sh/syntax.needs-expression' },
  { match: /^a command can only contain words and redirects; encountered (?<token>\S+)$/, messageId: 'sh/syntax.stray-token' },
  { match: /^not a valid test operator: (?<operator>\S+)$/, messageId: 'sh/syntax.test-operator' },
];

export interface Worded {
  messageId?: string;
  params: Record<string, string>;
}

/** The message variant and parameters of a parser message; the general message when none fits. */
export function wordShellError(detail: string): Worded {
  for (const wording of WORDINGS) {
    const found = wording.match.exec(detail);
    if (found) return { messageId: wording.messageId, params: { ...found.groups, detail } };
  }
  return { params: { detail } };
}
