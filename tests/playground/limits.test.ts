import { describe, expect, it } from 'vitest';
import { exceedsLimit, MAX_DOCUMENT_BYTES, utf8Bytes } from '../../src/playground/limits.ts';
import { fill } from '../../src/validation/messages/template.ts';

describe('document size limit', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('a')).toBe(1);
    expect(utf8Bytes('名')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
  });

  it('accepts a document at the limit and rejects one byte more', () => {
    expect(exceedsLimit('a'.repeat(MAX_DOCUMENT_BYTES))).toBe(false);
    expect(exceedsLimit('a'.repeat(MAX_DOCUMENT_BYTES + 1))).toBe(true);
  });

  it('rejects multi-byte text whose character count is under the limit', () => {
    const text = '名'.repeat(Math.ceil(MAX_DOCUMENT_BYTES / 3) + 1);
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(exceedsLimit(text)).toBe(true);
    expect(exceedsLimit('名'.repeat(10))).toBe(false);
  });
});

describe('message templates', () => {
  it('fills named parameters and leaves unknown ones visible', () => {
    expect(fill('{line}行{column}列', { line: 14, column: 3 })).toBe('14行3列');
    expect(fill('a {missing} b', {})).toBe('a {missing} b');
  });
});
