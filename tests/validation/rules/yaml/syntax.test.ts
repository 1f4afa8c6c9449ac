import { describe, expect, it } from 'vitest';
import type { ErrorCode } from 'yaml';
import { catalogues } from '../../../../src/validation/messages/index.ts';
import { parseYaml } from '../../../../src/validation/parse-yaml.ts';
import { ALIAS_WORDINGS, NOT_REPORTED, WORDINGS, wordYamlError } from '../../../../src/validation/rules/yaml/syntax/wording.ts';
import { expectWordedInBothLanguages, type WordedCase } from '../../support/both-languages.ts';
import { SERVICE } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// A problem of the reading and parsing stages.

const TAB = 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n';
const UNCLOSED_FLOW = 'apiVersion: v1\nkind: [Service\n';
testRule({
  rule: 'yaml/syntax',
  accept: [
    { code: SERVICE },
    { code: SERVICE.replace(/\n/g, '\r\n'), description: 'CRLF line endings' },
    { code: '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x"}}', file: 'ns.json', description: 'JSON' },
  ],
  reject: [
    { code: TAB, line: 4, column: 1, messageId: 'yaml/syntax.TAB_AS_INDENT', description: 'a tab used for indentation' },
    { code: UNCLOSED_FLOW, line: 3, column: 1, messageId: 'yaml/syntax.BAD_INDENT.flow', message: 'end with ]' },
    {
      code: '{"apiVersion": "v1",, "kind": "Namespace"}',
      file: 'bad.json',
      line: 1,
      column: 21,
      messageId: 'yaml/syntax.UNEXPECTED_TOKEN.comma',
    },
    {
      code: 'metadata:\n    name: x\n  labels: {}\n',
      line: 3,
      column: 1,
      messageId: 'yaml/syntax.BAD_INDENT.mapping',
      description: 'keys of one mapping at two columns',
    },
    { code: 'metadata:\n  name: web: v2\n', line: 2, column: 9, messageId: 'yaml/syntax.BLOCK_AS_IMPLICIT_KEY.compact' },
    { code: 'metadata:\n  name: "web\n', line: 3, column: 1, messageId: 'yaml/syntax.MISSING_CHAR.double-quote' },
    {
      code: 'data:\n  path: "C:\\q"\n',
      line: 2,
      column: 12,
      messageId: 'yaml/syntax.BAD_DQ_ESCAPE',
      message: '\\q is not an escape sequence',
    },
    { code: 'data:\n  b\n  c: 2\n', line: 2, column: 3, messageId: 'yaml/syntax.MULTILINE_IMPLICIT_KEY' },
    {
      code: 'data:\n  a: 1\n  b\n  c: 2\n',
      line: 3,
      column: 3,
      messageId: 'yaml/syntax.MISSING_CHAR.map-value',
      description: 'a key without a colon',
    },
    { code: 'data:\n  a: @x\n', line: 2, column: 6, messageId: 'yaml/syntax.BAD_SCALAR_START', message: 'cannot start with @' },
    {
      code: 'metadata:\n  labels: *defaults\n',
      line: 2,
      column: 11,
      messageId: 'yaml/syntax.alias',
      message: 'the alias *defaults has no anchor &defaults',
      description: 'an alias without its anchor',
    },
    {
      code: 'data:\n  a: !custom 1\n',
      line: 2,
      column: 6,
      messageId: 'yaml/syntax.TAG_RESOLVE_FAILED.unresolved',
      severity: 'warning',
      message: 'unknown tag !custom',
      description: 'an unknown tag (a warning: the value is still read)',
    },
    {
      code: '%TAG\n',
      line: 1,
      column: 1,
      messageId: 'yaml/syntax.BAD_DIRECTIVE',
      description: 'a broken directive in a stream without documents (the library returns it on an empty stream)',
    },
    {
      code: '# only a comment\n%FOO bar\n',
      line: 2,
      column: 1,
      messageId: 'yaml/syntax.BAD_DIRECTIVE',
      severity: 'warning',
      description: 'an unknown directive in a stream without documents',
    },
  ],
});

describe('yaml/syntax in both languages', () => {
  it('words each error code in English and in Japanese, at the same position', async () => {
    const cases: WordedCase[] = [
      [
        TAB,
        'YAML syntax error: tabs are not allowed for indentation; indent with spaces',
        'YAMLの構文エラーです: インデントにタブは使えません。スペースで字下げしてください',
      ],
      [
        'metadata:\n    name: x\n  labels: {}\n',
        'YAML syntax error: bad indentation; every key of a mapping must start at the same column',
        'YAMLの構文エラーです: インデントが正しくありません。マッピングのキーはすべて同じ列から始めてください',
      ],
      [
        'metadata:\n  name: "web\n',
        'YAML syntax error: the closing double quote (") is missing',
        'YAMLの構文エラーです: 閉じる二重引用符（"）がありません',
      ],
      [
        'metadata:\n  labels: &a &b {app: web}\n',
        'YAML syntax error: a value can have only one anchor (&)',
        'YAMLの構文エラーです: 1つの値に付けられるアンカー（&）は1つだけです',
      ],
      [
        'ports: [80,,443]\n',
        'YAML syntax error: a comma too many in a flow collection ([…] or {…})',
        'YAMLの構文エラーです: フロー形式のコレクション（[…] や {…}）にカンマが多すぎます',
      ],
    ];
    await expectWordedInBothLanguages('yaml/syntax', 'test.yaml', cases);
  });

  it('keeps the general message, with the library text, for a code or an alias error it has no wording for', () => {
    expect(wordYamlError('A_FUTURE_CODE', 'Something new')).toEqual({ params: { detail: 'Something new', code: 'A_FUTURE_CODE' } });
    expect(wordYamlError(undefined, 'Alias resolution failed')).toEqual({ params: { detail: 'Alias resolution failed' } });
    expect(wordYamlError('BAD_DQ_ESCAPE', 'Invalid escape sequence \\q')).toEqual({
      messageId: 'yaml/syntax.BAD_DQ_ESCAPE',
      params: { escape: '\\q', detail: 'Invalid escape sequence \\q', code: 'BAD_DQ_ESCAPE' },
    });
  });

  it('takes the code from yaml also when js-yaml reads the file first (js-yaml failing sends the file to yaml)', () => {
    for (const text of [TAB, UNCLOSED_FLOW, 'data:\n  path: "C:\\q"\n']) {
      const [problem] = parseYaml(text).problems;
      expect(problem?.messageId, text).toMatch(/^yaml\/syntax\.[A-Z_]+/);
      expect(problem?.params.code, text).toBe(problem?.messageId?.split('.')[1]);
    }
  });
});

describe('yaml/syntax wordings', () => {
  // Every code of yaml's ErrorCode: the type check fails here when a yaml upgrade adds one.
  const everyCode: Record<ErrorCode, true> = {
    ALIAS_PROPS: true,
    BAD_ALIAS: true,
    BAD_DIRECTIVE: true,
    BAD_DQ_ESCAPE: true,
    BAD_INDENT: true,
    BAD_PROP_ORDER: true,
    BAD_SCALAR_START: true,
    BLOCK_AS_IMPLICIT_KEY: true,
    BLOCK_IN_FLOW: true,
    DUPLICATE_KEY: true,
    IMPOSSIBLE: true,
    KEY_OVER_1024_CHARS: true,
    MISSING_CHAR: true,
    MULTILINE_IMPLICIT_KEY: true,
    MULTIPLE_ANCHORS: true,
    MULTIPLE_DOCS: true,
    MULTIPLE_TAGS: true,
    NON_STRING_KEY: true,
    RESOURCE_EXHAUSTION: true,
    TAB_AS_INDENT: true,
    TAG_RESOLVE_FAILED: true,
    UNEXPECTED_TOKEN: true,
    BAD_COLLECTION_TYPE: true,
  };

  it('cover every code yaml can report, with a message of the code itself (no case left to the English fallback)', () => {
    for (const code of Object.keys(everyCode) as ErrorCode[]) {
      if (NOT_REPORTED.includes(code)) continue;
      const own = WORDINGS.filter((w) => w.code === code && w.match === undefined);
      expect(own.length, `${code}: a wording without match, for messages no case matches`).toBeLessThanOrEqual(1);
      expect(
        WORDINGS.some((w) => w.code === code),
        `${code} has no wording`,
      ).toBe(true);
    }
  });

  it('each have a message in English and in Japanese, with the same parameters, all of them filled', () => {
    for (const { messageId, match } of [...WORDINGS, ...ALIAS_WORDINGS]) {
      expect(messageId).toMatch(/^yaml\/syntax\./);
      const en = catalogues.en[messageId];
      const ja = catalogues.ja[messageId];
      expect(en, `${messageId} in en`).toBeDefined();
      expect(ja, `${messageId} in ja`).toBeDefined();
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const groups = [...(match?.source.matchAll(/\(\?<(\w+)>/g) ?? [])].map((m) => m[1]).sort();
      expect(params(ja!), messageId).toEqual(params(en!));
      // A parameter the message uses comes from the library's message; `detail` (English) is never one.
      for (const name of params(en!)) expect(groups, `${messageId}: {${name}}`).toContain(name);
      expect(ja, messageId).not.toMatch(/\b(?:must|cannot|missing|not allowed)\b/);
    }
  });
});
