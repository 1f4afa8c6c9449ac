import type { RuleMessages } from '../../rule.ts';

/**
 * The messages of sh/syntax, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. The shell
 * parser's messages are English only: each one a command file can reach has a variant in both languages (wording.ts
 * picks it), so a Japanese report shows no English.
 */
export const messages: RuleMessages = {
  en: {
    'sh/syntax': 'shell syntax error: {detail}',
    'sh/syntax.unclosed-quote': 'shell syntax error: the quote {quote} is never closed',
    'sh/syntax.unmatched': 'shell syntax error: {open} is never closed with {close}',
    'sh/syntax.must-end': 'shell syntax error: the {statement} statement must end with "{end}"',
    'sh/syntax.unclosed-heredoc': 'shell syntax error: the here-document is never ended by a line "{word}"',
    'sh/syntax.closes-nothing': 'shell syntax error: "{token}" ends a block, but no block is open here',
    'sh/syntax.outside-block': 'shell syntax error: "{token}" is outside the statement it belongs to (if … then, while/for … do)',
    'sh/syntax.outside-case': 'shell syntax error: {token} can only be used in a case clause',
    'sh/syntax.follow-statement': 'shell syntax error: {token} must come right after a command',
    'sh/syntax.needs-statement': 'shell syntax error: {token} must be followed by a command',
    'sh/syntax.needs-word': 'shell syntax error: {token} must be followed by a word (a file name)',
    'sh/syntax.needs-expression': 'shell syntax error: {token} must be followed by an expression',
    'sh/syntax.stray-token': 'shell syntax error: a command cannot contain {token} here (only words and redirects)',
    'sh/syntax.test-operator': 'shell syntax error: {operator} is not a test operator',
  },
  ja: {
    'sh/syntax': 'シェルの構文エラーです: {detail}',
    'sh/syntax.unclosed-quote': 'シェルの構文エラーです: クォート {quote} が閉じられていません',
    'sh/syntax.unmatched': 'シェルの構文エラーです: {open} に対応する {close} がありません',
    'sh/syntax.must-end': 'シェルの構文エラーです: {statement} 文は "{end}" で終わる必要があります',
    'sh/syntax.unclosed-heredoc': 'シェルの構文エラーです: ヒアドキュメントを終える "{word}" の行がありません',
    'sh/syntax.closes-nothing': 'シェルの構文エラーです: "{token}" で閉じるブロックが、ここでは開いていません',
    'sh/syntax.outside-block': 'シェルの構文エラーです: "{token}" が、対応する文（if … then、while/for … do）の外にあります',
    'sh/syntax.outside-case': 'シェルの構文エラーです: {token} は case の節の中でだけ使えます',
    'sh/syntax.follow-statement': 'シェルの構文エラーです: {token} はコマンドの直後にだけ書けます',
    'sh/syntax.needs-statement': 'シェルの構文エラーです: {token} の後にコマンドが必要です',
    'sh/syntax.needs-word': 'シェルの構文エラーです: {token} の後に語（ファイル名）が必要です',
    'sh/syntax.needs-expression': 'シェルの構文エラーです: {token} の後に式が必要です',
    'sh/syntax.stray-token': 'シェルの構文エラーです: コマンドのこの位置に {token} は書けません（書けるのは語とリダイレクトだけです）',
    'sh/syntax.test-operator': 'シェルの構文エラーです: {operator} はテストの演算子ではありません',
  },
};
