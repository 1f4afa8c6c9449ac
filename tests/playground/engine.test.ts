import { describe, expect, it } from 'vitest';
import { validateInBrowser } from '../../src/playground/engine.ts';

/**
 * The playground's engine without a browser: the worker posts these problems and the page shows their `message` as
 * it is (problem-list.ts, diagnostics.ts, the status line), so the language of the page is the language here.
 */
describe('playground engine: messages in the language of the page', () => {
  const TAB = 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n';

  it('shows a YAML syntax error in Japanese on a Japanese page, with no English from the parser', async () => {
    const report = await validateInBrowser(TAB, 'test.yaml', 'ja', new Map());
    const problem = report.problems.find((p) => p.ruleId === 'yaml/syntax');
    expect(problem).toMatchObject({ line: 4, column: 1 });
    expect(problem?.message).toBe('YAMLの構文エラーです: インデントにタブは使えません。スペースで字下げしてください');
    // No run of lower-case letters: "YAML" is a name, English words from the parser would be lower case.
    expect(problem?.message).not.toMatch(/[a-z]{3,}/);
  });

  it('shows it in English on an English page', async () => {
    const report = await validateInBrowser(TAB, 'test.yaml', 'en', new Map());
    expect(report.problems.find((p) => p.ruleId === 'yaml/syntax')?.message).toBe(
      'YAML syntax error: tabs are not allowed for indentation; indent with spaces',
    );
  });

  it('shows a duplicate key in Japanese too', async () => {
    const report = await validateInBrowser('apiVersion: v1\nkind: Service\nkind: Pod\n', 'test.yaml', 'ja', new Map());
    expect(report.problems.find((p) => p.ruleId === 'yaml/duplicate-key')?.message).not.toMatch(/already|mapping/);
  });

  it("shows a CNI configuration's JSON syntax error in Japanese too", async () => {
    const report = await validateInBrowser('{\n  // the pod network\n  "cniVersion": "1.0.0"\n}\n', 'cni/10-net.conflist', 'ja', new Map());
    expect(report.problems.find((p) => p.ruleId === 'cni/syntax')?.message).toBe(
      'JSON 構文エラー: JSONではコメントを使えません（libcniはGoのencoding/jsonで読みます）',
    );
  });
});
