import type { printParseErrorCode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../src/validation/messages/index.ts';
import { JSON_CODES } from '../../../../src/validation/parse-json.ts';
import { expectWordedInBothLanguages, type WordedCase } from '../../support/both-languages.ts';
import { conf, LIST, list, SPEC_STYLE } from '../../support/cni-fixtures.ts';
import { testRule } from '../../support/test-rule.ts';

// CNI network configurations: the SPEC v1.1.0 schema and the options of known plugins.

testRule({
  rule: 'cni/syntax',
  accept: [
    { code: LIST, ...list },
    { code: SPEC_STYLE, ...list },
    {
      code: '{"cniVersion": "1.0.0", "name": "a", "name": "b", "type": "bridge"}',
      ...conf,
      description: 'a repeated key (encoding/json keeps the last)',
    },
  ],
  reject: [
    {
      code: '{\n  // the pod network\n  "cniVersion": "1.0.0"\n}\n',
      ...list,
      line: 2,
      column: 3,
      message: 'comments are not allowed',
      messageId: 'cni/syntax.comment',
    },
    {
      code: '{"cniVersion": "1.0.0", "name": "n", "plugins": [{"type": "bridge"},]}\n',
      ...list,
      line: 1,
      column: 69,
      message: 'trailing comma',
      messageId: 'cni/syntax.trailing-comma',
    },
    {
      code: 'cniVersion: 1.0.0\nname: n\nplugins:\n  - type: bridge\n',
      ...list,
      line: 1,
      column: 1,
      message: 'looks like YAML',
      messageId: 'cni/syntax.yaml',
    },
    { code: "{'cniVersion': '1.0.0'}", ...conf, line: 1, column: 2, message: 'double quotes', messageId: 'cni/syntax.single-quote' },
    {
      code: '{"cniVersion": "1.0.0", "name": "n", "type": "bridge"}\n{}\n',
      ...conf,
      line: 2,
      column: 1,
      message: 'only one JSON value',
      messageId: 'cni/syntax.one-value',
    },
    {
      code: '# flannel\n{"cniVersion": "1.0.0", "name": "n", "type": "flannel"}\n',
      file: 'cni.json',
      line: 1,
      column: 1,
      messageId: 'cni/syntax.InvalidSymbol',
      description: 'a .json CNI config with a YAML comment (kubectl would not read it, libcni neither)',
    },
  ],
});

describe('cni/syntax in both languages', () => {
  it('words each case in English and in Japanese, at the same position', async () => {
    const cases: WordedCase[] = [
      [
        '{\n  // the pod network\n  "cniVersion": "1.0.0"\n}\n',
        'JSON syntax error: comments are not allowed in JSON (libcni reads it with Go encoding/json)',
        'JSON 構文エラー: JSONではコメントを使えません（libcniはGoのencoding/jsonで読みます）',
      ],
      [
        '{"cniVersion": "1.0.0", "plugins": [{"type": "bridge"},]}\n',
        'JSON syntax error: trailing comma before "]" (not allowed in JSON)',
        'JSON 構文エラー: "]" の前に余分なカンマがあります（JSONでは使えません）',
      ],
      [
        '{"cniVersion" "1.0.0"}\n',
        'JSON syntax error: a colon (:) is expected after the key',
        'JSON 構文エラー: キーの後にコロン（:）が必要です',
      ],
      [
        '{"cniVersion": "1.0.0"\n',
        'JSON syntax error: the object is not closed: "}" is expected',
        'JSON 構文エラー: オブジェクトが閉じていません。"}" が必要です',
      ],
    ];
    await expectWordedInBothLanguages('cni/syntax', 'test.conflist', cases);
  });

  it('has a message in both languages for every code of the JSON parser', () => {
    // Every code jsonc-parser prints: the type check fails here when an upgrade adds one.
    const everyCode: Record<Exclude<ReturnType<typeof printParseErrorCode>, '<unknown ParseErrorCode>'>, true> = {
      InvalidSymbol: true,
      InvalidNumberFormat: true,
      PropertyNameExpected: true,
      ValueExpected: true,
      ColonExpected: true,
      CommaExpected: true,
      CloseBraceExpected: true,
      CloseBracketExpected: true,
      EndOfFileExpected: true,
      InvalidCommentToken: true,
      UnexpectedEndOfComment: true,
      UnexpectedEndOfString: true,
      UnexpectedEndOfNumber: true,
      InvalidUnicode: true,
      InvalidEscapeCharacter: true,
      InvalidCharacter: true,
    };
    expect([...JSON_CODES].sort()).toEqual(Object.keys(everyCode).sort());
    for (const code of JSON_CODES) {
      expect(catalogues.en[`cni/syntax.${code}`], `${code} in en`).toBeDefined();
      expect(catalogues.ja[`cni/syntax.${code}`], `${code} in ja`).toBeDefined();
    }
  });
});
