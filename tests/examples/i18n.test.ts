import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uiLang } from '../../src/i18n/lang.ts';
import { ui } from '../../src/i18n/ui.ts';

const read = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, unknown>;

describe('UI strings (src/i18n)', () => {
  it('has the same keys in ja and en, each a non-empty string with a dotted key', () => {
    const ja = read('ja');
    const en = read('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    for (const table of [ja, en]) {
      for (const [key, value] of Object.entries(table)) {
        expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/);
        expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('picks English for en pages and Japanese otherwise', () => {
    expect(uiLang('en')).toBe('en');
    expect(uiLang('en-US')).toBe('en');
    expect(uiLang('ja')).toBe('ja');
    expect(uiLang(undefined)).toBe('ja');
    expect(ui('en')('example.download')).toBe('Download');
    expect(ui('ja')('example.download')).toBe('ダウンロード');
  });
});
