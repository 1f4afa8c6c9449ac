import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenJapaneseEmphasis, DOCS, japaneseSoftBreaks, pageFiles } from './support/outline.ts';

const fixture = (name: string) => readFileSync(join('tests/content/fixtures/soft-breaks', name), 'utf8');

describe('Japanese paragraphs stay on one line (a line break would render as a space after 。)', () => {
  it('finds a paragraph broken after Japanese text', () => {
    expect(japaneseSoftBreaks(fixture('broken.mdx'))).toEqual([5]);
  });

  it('accepts one-line paragraphs, list items and diagrams', () => {
    expect(japaneseSoftBreaks(fixture('ok.mdx'))).toEqual([]);
  });

  it.each(pageFiles(DOCS))('%s', (file) => {
    const lines = japaneseSoftBreaks(readFileSync(join(DOCS, file), 'utf8'));
    expect(lines.map((n) => `${DOCS}/${file}:${n}: join this line with the next one`)).toEqual([]);
  });
});

describe('Japanese emphasis closes where CommonMark can see it', () => {
  it('finds **…：** followed by a letter, and accepts **…**： and an opening ** after 、', () => {
    const source = '**よくある誤解：**Podは\n**よくある誤解**：Podは\n**仕様**（SPEC）\n違いは、**届く範囲**です。';
    expect(brokenJapaneseEmphasis(source)).toEqual([1]);
  });

  it.each(pageFiles(DOCS))('%s', (file) => {
    const lines = brokenJapaneseEmphasis(readFileSync(join(DOCS, file), 'utf8'));
    expect(lines.map((n) => `${DOCS}/${file}:${n}: move the punctuation after the closing **`)).toEqual([]);
  });
});
