import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFreshness, readTranslatedFrom, translationHash, writeTranslatedFrom } from '../../src/translations/translation-hash.ts';
import { DOCS, EN_DOCS, pageFiles } from './support/outline.ts';

const FIX = 'tests/content/fixtures/freshness';
const read = (name: string) => readFileSync(join(FIX, name), 'utf8');

describe('translation hash', () => {
  it('is 12 hex characters, stable across line endings, and changes with any edit', () => {
    const ja = read('ja.mdx');
    expect(translationHash(ja)).toMatch(/^[0-9a-f]{12}$/);
    expect(translationHash(ja.replace(/\n/g, '\r\n'))).toBe(translationHash(ja));
    expect(translationHash(ja.replace('最初の節', '最初の章'))).not.toBe(translationHash(ja));
  });

  it('stamping replaces an old value and keeps the rest of the page', () => {
    const stamped = writeTranslatedFrom(read('en-stale.mdx'), 'abcdefabcdef');
    expect(readTranslatedFrom(stamped)).toBe('abcdefabcdef');
    expect(stamped.match(/translatedFrom:/g)).toHaveLength(1);
    expect(stamped).toContain('title: Example\n');
    expect(stamped.endsWith('Translated from an older ja revision.\n')).toBe(true);
    expect(readTranslatedFrom(writeTranslatedFrom(read('en-unstamped.mdx'), 'abcdefabcdef'))).toBe('abcdefabcdef');
  });
});

describe('freshness checker (fixtures)', () => {
  it('passes an en page stamped with the current ja hash', () => {
    expect(checkFreshness('en/x.mdx', read('en-fresh.mdx'), 'x.mdx', read('ja.mdx'))).toBeUndefined();
  });

  it('fails, naming the page, when the ja page changed since the stamp', () => {
    const problem = checkFreshness('en/x.mdx', read('en-stale.mdx'), 'x.mdx', read('ja.mdx'));
    expect(problem?.page).toBe('en/x.mdx');
    expect(problem?.message).toContain('en/x.mdx: its ja source x.mdx changed since it was translated (stamped 0123456789ab');
  });

  it('fails when the en page was never stamped', () => {
    expect(checkFreshness('en/x.mdx', read('en-unstamped.mdx'), 'x.mdx', read('ja.mdx'))?.message).toContain('no translatedFrom');
  });
});

describe('the stamping script', () => {
  it('stamps the named en page with its ja source hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stamp-'));
    mkdirSync(join(dir, 'content/docs/en'), { recursive: true });
    copyFileSync(join(FIX, 'ja.mdx'), join(dir, 'content/docs/x.mdx'));
    writeFileSync(join(dir, 'content/docs/en/x.mdx'), read('en-stale.mdx'));
    const run = spawnSync(process.execPath, [resolve('scripts/stamp-translations.ts'), 'content/docs/en/x.mdx'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const en = readFileSync(join(dir, 'content/docs/en/x.mdx'), 'utf8');
    expect(readTranslatedFrom(en)).toBe(translationHash(read('ja.mdx')));
  });
});

describe('the site pages', () => {
  it.each(pageFiles(EN_DOCS))('en/%s translates the current ja page', (file) => {
    const enPath = join(EN_DOCS, file);
    const jaPath = join(DOCS, file);
    const problem = checkFreshness(enPath, readFileSync(enPath, 'utf8'), jaPath, readFileSync(jaPath, 'utf8'));
    expect(problem?.message).toBeUndefined();
  });
});
