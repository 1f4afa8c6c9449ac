import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../src/validation/messages/index.ts';
import { WORDINGS, wordShellError } from '../../../../src/validation/rules/sh/syntax/wording.ts';
import { expectWordedInBothLanguages, type WordedCase } from '../../support/both-languages.ts';
import { sh } from '../../support/command-files.ts';
import { testRule } from '../../support/test-rule.ts';

testRule({
  rule: 'sh/syntax',
  accept: [
    {
      code: '#!/usr/bin/env bash\nset -euo pipefail\n# a comment\nkubectl get pods -n demo \\\n  -o wide\n',
      ...sh,
      description: 'comments and a line continuation',
    },
    {
      code: 'while read -r line; do echo "$line"; done < <(kubectl get pods -o name)\nread -r a b <<<"x y"\ncase "$1" in\n  exit=*) echo ok ;;\nesac\n',
      ...sh,
      description: 'bash process substitution, here-strings, case patterns',
    },
  ],
  reject: [
    { code: 'echo "unterminated\n', ...sh, line: 1, column: 6, messageId: 'sh/syntax.unclosed-quote', message: 'quote "' },
    { code: 'kubectl get pods &&\n', ...sh, line: 1, column: 18, messageId: 'sh/syntax.needs-statement', message: '&&' },
    { code: 'echo $(date\n', ...sh, line: 1, column: 6, messageId: 'sh/syntax.unmatched', message: '( is never closed with )' },
    { code: 'if true; then echo\n', ...sh, line: 1, column: 1, messageId: 'sh/syntax.must-end', message: '"fi"' },
    { code: 'cat <<EOF\nabc\n', ...sh, line: 1, column: 5, messageId: 'sh/syntax.unclosed-heredoc', message: '"EOF"' },
    { code: 'if true; fi\n', ...sh, line: 1, column: 10, messageId: 'sh/syntax.closes-nothing', message: '"fi" ends a block' },
    { code: 'done\n', ...sh, line: 1, column: 1, messageId: 'sh/syntax.closes-nothing', message: '"done"' },
    { code: 'then\n', ...sh, line: 1, column: 1, messageId: 'sh/syntax.outside-block', message: '"then" is outside' },
    { code: 'echo a ;; b\n', ...sh, line: 1, column: 8, messageId: 'sh/syntax.outside-case' },
    { code: 'echo a; ;\n', ...sh, line: 1, column: 9, messageId: 'sh/syntax.follow-statement' },
    { code: 'echo >\n', ...sh, line: 1, column: 6, messageId: 'sh/syntax.needs-word' },
    { code: 'echo $((1 +))\n', ...sh, line: 1, column: 11, messageId: 'sh/syntax.needs-expression' },
    { code: 'echo )\n', ...sh, line: 1, column: 6, messageId: 'sh/syntax.stray-token', message: ')' },
    { code: '[[ a -q b ]]\n', ...sh, line: 1, column: 6, messageId: 'sh/syntax.test-operator', message: '-q' },
    {
      code: '! ! true\n',
      ...sh,
      line: 1,
      column: 1,
      messageId: 'sh/syntax',
      message: 'cannot negate a command multiple times',
      description: 'a parser message without a wording keeps the general message, with the parser text',
    },
  ],
});

describe('sh/syntax in both languages', () => {
  it('words a parser message in Japanese without its English, at the same position', async () => {
    const cases: WordedCase[] = [
      ['echo "abc\n', 'shell syntax error: the quote " is never closed', 'シェルの構文エラーです: クォート " が閉じられていません'],
      [
        'for x in a b; do echo\n',
        'shell syntax error: the for statement must end with "done"',
        'シェルの構文エラーです: for 文は "done" で終わる必要があります',
      ],
    ];
    await expectWordedInBothLanguages('sh/syntax', 'test.sh', cases);
  });

  it('has a message in both languages for each wording, with the parameters its pattern captures', () => {
    for (const { messageId, match } of WORDINGS) {
      const en = catalogues.en[messageId];
      const ja = catalogues.ja[messageId];
      expect(en, `${messageId} in en`).toBeDefined();
      expect(ja, `${messageId} in ja`).toBeDefined();
      const params = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
      const groups = [...match.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1]).sort();
      expect(params(ja!), messageId).toEqual(params(en!));
      expect(groups, messageId).toEqual(params(en!));
    }
  });

  it('keeps the parser text as the detail parameter, for other tools', () => {
    expect(wordShellError('reached EOF without closing quote "')).toEqual({
      messageId: 'sh/syntax.unclosed-quote',
      params: { quote: '"', detail: 'reached EOF without closing quote "' },
    });
    expect(wordShellError('something new')).toEqual({ params: { detail: 'something new' } });
  });
});
