import type { RuleMessages } from '../../rule.ts';

/**
 * The messages of cni/syntax, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. Each case
 * and each code of the JSON parser (parse-json.ts) has a message of its own in both languages, so a Japanese page
 * shows no English; the general message, with the English wording as `{detail}`, is the fallback.
 */
export const messages: RuleMessages = {
  en: {
    'cni/syntax': 'JSON syntax error: {detail}',
    'cni/syntax.comment': 'JSON syntax error: comments are not allowed in JSON (libcni reads it with Go encoding/json)',
    'cni/syntax.trailing-comma': 'JSON syntax error: trailing comma before "{token}" (not allowed in JSON)',
    'cni/syntax.single-quote': 'JSON syntax error: strings and keys need double quotes in JSON',
    'cni/syntax.yaml': 'JSON syntax error: unexpected "{token}": JSON needs double-quoted keys and strings (this looks like YAML)',
    'cni/syntax.one-value': 'JSON syntax error: only one JSON value is allowed per file',
    'cni/syntax.InvalidSymbol': 'JSON syntax error: a character that cannot start a JSON value here',
    'cni/syntax.InvalidNumberFormat': 'JSON syntax error: an invalid number',
    'cni/syntax.PropertyNameExpected': 'JSON syntax error: a key (a double-quoted string) is expected here',
    'cni/syntax.ValueExpected': 'JSON syntax error: a value is expected here',
    'cni/syntax.ColonExpected': 'JSON syntax error: a colon (:) is expected after the key',
    'cni/syntax.CommaExpected': 'JSON syntax error: a comma (,) is expected between two items',
    'cni/syntax.CloseBraceExpected': 'JSON syntax error: the object is not closed: "}" is expected',
    'cni/syntax.CloseBracketExpected': 'JSON syntax error: the array is not closed: "]" is expected',
    'cni/syntax.EndOfFileExpected': 'JSON syntax error: only one JSON value is allowed per file',
    'cni/syntax.InvalidCommentToken': 'JSON syntax error: comments are not allowed in JSON (libcni reads it with Go encoding/json)',
    'cni/syntax.UnexpectedEndOfComment': 'JSON syntax error: a comment that is not closed (and comments are not allowed in JSON)',
    'cni/syntax.UnexpectedEndOfString': 'JSON syntax error: a string that is not closed: the closing double quote is missing',
    'cni/syntax.UnexpectedEndOfNumber': 'JSON syntax error: a number that ends too early',
    'cni/syntax.InvalidUnicode': 'JSON syntax error: an invalid \\u escape (four hexadecimal digits are needed)',
    'cni/syntax.InvalidEscapeCharacter': 'JSON syntax error: an invalid escape sequence in a string',
    'cni/syntax.InvalidCharacter':
      'JSON syntax error: a character not allowed in a string (a control character such as a tab or a line break)',
  },
  ja: {
    'cni/syntax': 'JSON 構文エラー: {detail}',
    'cni/syntax.comment': 'JSON 構文エラー: JSONではコメントを使えません（libcniはGoのencoding/jsonで読みます）',
    'cni/syntax.trailing-comma': 'JSON 構文エラー: "{token}" の前に余分なカンマがあります（JSONでは使えません）',
    'cni/syntax.single-quote': 'JSON 構文エラー: JSONの文字列とキーは二重引用符で囲む必要があります',
    'cni/syntax.yaml': 'JSON 構文エラー: ここに "{token}" は書けません。JSONのキーと文字列は二重引用符で囲みます（YAMLのように見えます）',
    'cni/syntax.one-value': 'JSON 構文エラー: 1つのファイルに書けるJSONの値は1つだけです',
    'cni/syntax.InvalidSymbol': 'JSON 構文エラー: この位置にはJSONの値を始められない文字があります',
    'cni/syntax.InvalidNumberFormat': 'JSON 構文エラー: 数値の形式が正しくありません',
    'cni/syntax.PropertyNameExpected': 'JSON 構文エラー: ここにはキー（二重引用符で囲んだ文字列）が必要です',
    'cni/syntax.ValueExpected': 'JSON 構文エラー: ここには値が必要です',
    'cni/syntax.ColonExpected': 'JSON 構文エラー: キーの後にコロン（:）が必要です',
    'cni/syntax.CommaExpected': 'JSON 構文エラー: 項目の間にカンマ（,）が必要です',
    'cni/syntax.CloseBraceExpected': 'JSON 構文エラー: オブジェクトが閉じていません。"}" が必要です',
    'cni/syntax.CloseBracketExpected': 'JSON 構文エラー: 配列が閉じていません。"]" が必要です',
    'cni/syntax.EndOfFileExpected': 'JSON 構文エラー: 1つのファイルに書けるJSONの値は1つだけです',
    'cni/syntax.InvalidCommentToken': 'JSON 構文エラー: JSONではコメントを使えません（libcniはGoのencoding/jsonで読みます）',
    'cni/syntax.UnexpectedEndOfComment': 'JSON 構文エラー: コメントが閉じていません（そもそもJSONではコメントを使えません）',
    'cni/syntax.UnexpectedEndOfString': 'JSON 構文エラー: 文字列が閉じていません。閉じる二重引用符がありません',
    'cni/syntax.UnexpectedEndOfNumber': 'JSON 構文エラー: 数値が途中で終わっています',
    'cni/syntax.InvalidUnicode': 'JSON 構文エラー: \\u エスケープが正しくありません（16進数の4桁が必要です）',
    'cni/syntax.InvalidEscapeCharacter': 'JSON 構文エラー: 文字列に正しくないエスケープシーケンスがあります',
    'cni/syntax.InvalidCharacter': 'JSON 構文エラー: 文字列に使えない文字があります（タブや改行などの制御文字）',
  },
};
