import { expect } from 'vitest';
import { validateText } from '../../../src/validation/engine.ts';

/** A source text, and the whole message its problem must have in English and in Japanese. */
export type WordedCase = [text: string, en: string, ja: string];

/**
 * For a parser's own errors, worded by the project because the parser speaks English only: each case's problem of
 * `rule` has exactly the given message in each language, at the same position in both, and keeps the parser's English
 * as its `detail` parameter (for other tools) without showing it in the Japanese message.
 */
export async function expectWordedInBothLanguages(rule: string, file: string, cases: WordedCase[]): Promise<void> {
  const problemOf = async (text: string, lang: 'en' | 'ja') =>
    (await validateText(text, file, { mode: 'loose', lang })).problems.find((p) => p.ruleId === rule);
  for (const [text, en, ja] of cases) {
    const inEnglish = await problemOf(text, 'en');
    const inJapanese = await problemOf(text, 'ja');
    expect(inEnglish?.message, text).toBe(en);
    expect(inJapanese?.message, text).toBe(ja);
    expect([inJapanese?.line, inJapanese?.column], text).toEqual([inEnglish?.line, inEnglish?.column]);
    const detail = inJapanese?.params?.detail;
    expect(detail, `${text}: the parser's English stays a parameter`).toBeTruthy();
    expect(inJapanese?.message, text).not.toContain(String(detail));
  }
}
