import type { RuleMessages } from '../../rule.ts';

/**
 * The messages of yaml/syntax, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. The
 * general message carries the `yaml` library's English text; each error code the parser reports has a message of its
 * own in both languages (`yaml/syntax.<code>`, which wording.ts picks), so a Japanese page shows no English.
 */
export const messages: RuleMessages = {
  en: {
    'yaml/syntax': 'YAML syntax error: {detail}',
    'yaml/syntax.BAD_INDENT': 'YAML syntax error: bad indentation; this line is not indented as the block around it expects',
    'yaml/syntax.BAD_INDENT.mapping': 'YAML syntax error: bad indentation; every key of a mapping must start at the same column',
    'yaml/syntax.BAD_INDENT.sequence': 'YAML syntax error: bad indentation; every item ("- ") of a sequence must start at the same column',
    'yaml/syntax.BAD_INDENT.block-scalar':
      'YAML syntax error: bad indentation; the lines of a block scalar (| or >) must be indented more than its key',
    'yaml/syntax.BAD_INDENT.flow':
      'YAML syntax error: bad indentation; a flow collection ([…] or {…}) inside a block must be indented more than its key and end with {end}',
    'yaml/syntax.TAB_AS_INDENT': 'YAML syntax error: tabs are not allowed for indentation; indent with spaces',
    'yaml/syntax.BLOCK_AS_IMPLICIT_KEY':
      'YAML syntax error: a block sequence or mapping cannot be a key; is a colon or the indentation wrong?',
    'yaml/syntax.BLOCK_AS_IMPLICIT_KEY.compact':
      'YAML syntax error: a mapping cannot start on the same line as a key (key: other: value); is the indentation wrong, or does the value need quotes?',
    'yaml/syntax.BLOCK_IN_FLOW':
      'YAML syntax error: a block collection ("- " items or "key: value" lines) cannot be inside a flow collection ([…] or {…})',
    'yaml/syntax.MULTILINE_IMPLICIT_KEY':
      'YAML syntax error: a key must be on a single line; is a colon missing, or the indentation wrong?',
    'yaml/syntax.KEY_OVER_1024_CHARS': 'YAML syntax error: a key may be at most 1024 characters long up to its colon',
    'yaml/syntax.MISSING_CHAR': 'YAML syntax error: a character is missing here (a closing quote or bracket, a comma or a space)',
    'yaml/syntax.MISSING_CHAR.double-quote': 'YAML syntax error: the closing double quote (") is missing',
    'yaml/syntax.MISSING_CHAR.single-quote': "YAML syntax error: the closing single quote (') is missing",
    'yaml/syntax.MISSING_CHAR.comma':
      'YAML syntax error: a comma is missing between the items of a flow collection ([a, b] or {a: 1, b: 2})',
    'yaml/syntax.MISSING_CHAR.colon-space': 'YAML syntax error: a space is missing after the colon in a flow collection ({key: value})',
    'yaml/syntax.MISSING_CHAR.comment-space': 'YAML syntax error: a comment (#) must be separated from the value by a space',
    'yaml/syntax.MISSING_CHAR.property-space': 'YAML syntax error: a tag (!) or an anchor (&) must be followed by a space',
    'yaml/syntax.MISSING_CHAR.map-value': 'YAML syntax error: this key has no colon and value (key: value); is the indentation wrong?',
    'yaml/syntax.MISSING_CHAR.sequence-indicator': 'YAML syntax error: a sequence item needs its "- " indicator',
    'yaml/syntax.MISSING_CHAR.flow-end': 'YAML syntax error: a flow collection is not closed: {end} is missing',
    'yaml/syntax.MISSING_CHAR.document-start': 'YAML syntax error: a directive (a line starting with %) must be followed by a "---" line',
    'yaml/syntax.UNEXPECTED_TOKEN': 'YAML syntax error: unexpected text; this is not valid YAML here',
    'yaml/syntax.UNEXPECTED_TOKEN.comma': 'YAML syntax error: a comma too many in a flow collection ([…] or {…})',
    'yaml/syntax.UNEXPECTED_TOKEN.empty-item': 'YAML syntax error: an empty item in a flow collection (two commas in a row?)',
    'yaml/syntax.UNEXPECTED_TOKEN.block-scalar-header':
      'YAML syntax error: after | or > a block scalar header may only have an indentation digit, + or -, and a comment',
    'yaml/syntax.UNEXPECTED_TOKEN.sequence-on-key-line':
      'YAML syntax error: a sequence item ("- ") cannot start on the line of its key; start it on the next line',
    'yaml/syntax.UNEXPECTED_TOKEN.node-end': 'YAML syntax error: more text after the end of a value; is the indentation or a "- " wrong?',
    'yaml/syntax.UNEXPECTED_TOKEN.token': 'YAML syntax error: {found} is not allowed here',
    'yaml/syntax.BAD_DQ_ESCAPE':
      'YAML syntax error: {escape} is not an escape sequence of a double-quoted string (write \\\\ for a backslash, or use single quotes)',
    'yaml/syntax.BAD_SCALAR_START': 'YAML syntax error: a value without quotes cannot start with {char}; quote it',
    'yaml/syntax.BAD_SCALAR_START.other': 'YAML syntax error: a value without quotes cannot start with this character; quote it',
    'yaml/syntax.BAD_ALIAS': 'YAML syntax error: an anchor (&) or alias (*) needs a name',
    'yaml/syntax.BAD_ALIAS.colon': 'YAML syntax error: an anchor or alias name ending in ":" is ambiguous; put a space before the colon',
    'yaml/syntax.ALIAS_PROPS': 'YAML syntax error: an alias (*name) cannot have a tag or an anchor',
    'yaml/syntax.MULTIPLE_ANCHORS': 'YAML syntax error: a value can have only one anchor (&)',
    'yaml/syntax.MULTIPLE_TAGS': 'YAML syntax error: a value can have only one tag (!)',
    'yaml/syntax.BAD_PROP_ORDER': 'YAML syntax error: an anchor or tag must come after the {indicator} indicator',
    'yaml/syntax.TAG_RESOLVE_FAILED': 'YAML syntax error: this tag (!…) cannot be resolved',
    'yaml/syntax.TAG_RESOLVE_FAILED.unresolved': 'YAML syntax error: unknown tag {tag}',
    'yaml/syntax.BAD_COLLECTION_TYPE':
      'YAML syntax error: the tag does not fit this collection (a mapping tag on a sequence, or the reverse)',
    'yaml/syntax.BAD_DIRECTIVE': 'YAML syntax error: an invalid or unsupported directive (a line starting with %)',
    'yaml/syntax.RESOURCE_EXHAUSTION': 'YAML syntax error: the document is nested too deeply to parse',
    'yaml/syntax.IMPOSSIBLE': 'YAML syntax error: the parser cannot read this place of the document',
    'yaml/syntax.alias': 'YAML syntax error: the alias *{name} has no anchor &{name} before it in the same document',
    'yaml/syntax.merge': 'YAML syntax error: a merge key (<<) takes a mapping or an alias of one, or a list of them',
  },
  ja: {
    'yaml/syntax': 'YAMLの構文エラーです: {detail}',
    'yaml/syntax.BAD_INDENT': 'YAMLの構文エラーです: インデントが正しくありません。この行の字下げが周りのブロックと合っていません',
    'yaml/syntax.BAD_INDENT.mapping':
      'YAMLの構文エラーです: インデントが正しくありません。マッピングのキーはすべて同じ列から始めてください',
    'yaml/syntax.BAD_INDENT.sequence':
      'YAMLの構文エラーです: インデントが正しくありません。シーケンスの項目（"- "）はすべて同じ列から始めてください',
    'yaml/syntax.BAD_INDENT.block-scalar':
      'YAMLの構文エラーです: インデントが正しくありません。ブロックスカラー（| や >）の行はキーより深く字下げしてください',
    'yaml/syntax.BAD_INDENT.flow':
      'YAMLの構文エラーです: インデントが正しくありません。ブロックの中のフロー形式のコレクション（[…] や {…}）はキーより深く字下げし、{end} で閉じてください',
    'yaml/syntax.TAB_AS_INDENT': 'YAMLの構文エラーです: インデントにタブは使えません。スペースで字下げしてください',
    'yaml/syntax.BLOCK_AS_IMPLICIT_KEY':
      'YAMLの構文エラーです: ブロック形式のシーケンスやマッピングはキーにできません。コロンかインデントが間違っていませんか？',
    'yaml/syntax.BLOCK_AS_IMPLICIT_KEY.compact':
      'YAMLの構文エラーです: キーと同じ行でマッピングを始めることはできません（key: other: value）。インデントが間違っているか、値を引用符で囲む必要があります',
    'yaml/syntax.BLOCK_IN_FLOW':
      'YAMLの構文エラーです: フロー形式のコレクション（[…] や {…}）の中にブロック形式のコレクション（"- " の項目や "key: value" の行）は書けません',
    'yaml/syntax.MULTILINE_IMPLICIT_KEY':
      'YAMLの構文エラーです: キーは1行に書く必要があります。コロンが抜けているか、インデントが間違っていませんか？',
    'yaml/syntax.KEY_OVER_1024_CHARS': 'YAMLの構文エラーです: キーはコロンまで1024文字以内にしてください',
    'yaml/syntax.MISSING_CHAR': 'YAMLの構文エラーです: ここに必要な文字がありません（閉じる引用符や括弧、カンマ、スペースなど）',
    'yaml/syntax.MISSING_CHAR.double-quote': 'YAMLの構文エラーです: 閉じる二重引用符（"）がありません',
    'yaml/syntax.MISSING_CHAR.single-quote': "YAMLの構文エラーです: 閉じる一重引用符（'）がありません",
    'yaml/syntax.MISSING_CHAR.comma':
      'YAMLの構文エラーです: フロー形式のコレクションの項目の間にカンマがありません（[a, b] や {a: 1, b: 2}）',
    'yaml/syntax.MISSING_CHAR.colon-space':
      'YAMLの構文エラーです: フロー形式のコレクションで、コロンの後にスペースがありません（{key: value}）',
    'yaml/syntax.MISSING_CHAR.comment-space': 'YAMLの構文エラーです: コメント（#）は値との間にスペースを入れてください',
    'yaml/syntax.MISSING_CHAR.property-space': 'YAMLの構文エラーです: タグ（!）やアンカー（&）の後にはスペースが必要です',
    'yaml/syntax.MISSING_CHAR.map-value':
      'YAMLの構文エラーです: このキーにはコロンと値がありません（key: value）。インデントが間違っていませんか？',
    'yaml/syntax.MISSING_CHAR.sequence-indicator': 'YAMLの構文エラーです: シーケンスの項目には "- " が必要です',
    'yaml/syntax.MISSING_CHAR.flow-end': 'YAMLの構文エラーです: フロー形式のコレクションが閉じていません。{end} がありません',
    'yaml/syntax.MISSING_CHAR.document-start': 'YAMLの構文エラーです: ディレクティブ（% で始まる行）の後には "---" の行が必要です',
    'yaml/syntax.UNEXPECTED_TOKEN': 'YAMLの構文エラーです: この位置には書けない内容があります',
    'yaml/syntax.UNEXPECTED_TOKEN.comma': 'YAMLの構文エラーです: フロー形式のコレクション（[…] や {…}）にカンマが多すぎます',
    'yaml/syntax.UNEXPECTED_TOKEN.empty-item':
      'YAMLの構文エラーです: フロー形式のコレクションに空の項目があります（カンマが2つ続いていませんか？）',
    'yaml/syntax.UNEXPECTED_TOKEN.block-scalar-header':
      'YAMLの構文エラーです: ブロックスカラーの | や > の後に書けるのは、インデントの数字、+ か -、コメントだけです',
    'yaml/syntax.UNEXPECTED_TOKEN.sequence-on-key-line':
      'YAMLの構文エラーです: シーケンスの項目（"- "）はキーと同じ行には書けません。次の行から書いてください',
    'yaml/syntax.UNEXPECTED_TOKEN.node-end': 'YAMLの構文エラーです: 値の後に余分な内容があります。インデントか "- " が間違っていませんか？',
    'yaml/syntax.UNEXPECTED_TOKEN.token': 'YAMLの構文エラーです: ここに {found} は書けません',
    'yaml/syntax.BAD_DQ_ESCAPE':
      'YAMLの構文エラーです: {escape} は二重引用符の文字列で使えるエスケープシーケンスではありません（バックスラッシュは \\\\ と書くか、一重引用符で囲んでください）',
    'yaml/syntax.BAD_SCALAR_START': 'YAMLの構文エラーです: 引用符のない値は {char} で始められません。引用符で囲んでください',
    'yaml/syntax.BAD_SCALAR_START.other': 'YAMLの構文エラーです: 引用符のない値はこの文字で始められません。引用符で囲んでください',
    'yaml/syntax.BAD_ALIAS': 'YAMLの構文エラーです: アンカー（&）やエイリアス（*）には名前が必要です',
    'yaml/syntax.BAD_ALIAS.colon':
      'YAMLの構文エラーです: 名前が ":" で終わるアンカーやエイリアスはあいまいです。コロンの前にスペースを入れてください',
    'yaml/syntax.ALIAS_PROPS': 'YAMLの構文エラーです: エイリアス（*name）にはタグやアンカーを付けられません',
    'yaml/syntax.MULTIPLE_ANCHORS': 'YAMLの構文エラーです: 1つの値に付けられるアンカー（&）は1つだけです',
    'yaml/syntax.MULTIPLE_TAGS': 'YAMLの構文エラーです: 1つの値に付けられるタグ（!）は1つだけです',
    'yaml/syntax.BAD_PROP_ORDER': 'YAMLの構文エラーです: アンカーやタグは {indicator} の後に書いてください',
    'yaml/syntax.TAG_RESOLVE_FAILED': 'YAMLの構文エラーです: このタグ（!…）を解決できません',
    'yaml/syntax.TAG_RESOLVE_FAILED.unresolved': 'YAMLの構文エラーです: 不明なタグ {tag} です',
    'yaml/syntax.BAD_COLLECTION_TYPE':
      'YAMLの構文エラーです: タグがコレクションの種類と合いません（シーケンスにマッピングのタグを付けた場合など）',
    'yaml/syntax.BAD_DIRECTIVE': 'YAMLの構文エラーです: 正しくないか、対応していないディレクティブ（% で始まる行）です',
    'yaml/syntax.RESOURCE_EXHAUSTION': 'YAMLの構文エラーです: 入れ子が深すぎて構文解析できません',
    'yaml/syntax.IMPOSSIBLE': 'YAMLの構文エラーです: パーサーがドキュメントのこの位置を読めません',
    'yaml/syntax.alias': 'YAMLの構文エラーです: エイリアス *{name} に対応するアンカー &{name} が、同じドキュメントのそれより前にありません',
    'yaml/syntax.merge': 'YAMLの構文エラーです: マージキー（<<）に指定できるのは、マッピングかそのエイリアス、またはそれらのリストです',
  },
};
