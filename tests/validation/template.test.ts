import { expect, test } from 'vitest';
import { formatMessage } from '../../src/validation/messages/index.ts';
import { fill } from '../../src/validation/messages/template.ts';

test('fill puts each {name} parameter in place, every occurrence, numbers as text', () => {
  expect(fill('{a} and {b}, {a} again', { a: 'x', b: 2 })).toBe('x and 2, x again');
});

test('fill keeps a placeholder without a parameter as written, also a name of Object’s prototype', () => {
  expect(fill('{file} at {constructor}', {})).toBe('{file} at {constructor}');
});

test('fill inserts a value literally: no $& replacement patterns, no second round of placeholders', () => {
  expect(fill('failed: {detail}', { detail: 'a $& b {detail}' })).toBe('failed: a $& b {detail}');
});

test('formatMessage fills a catalogue message with the same template', () => {
  expect(formatMessage('en', 'report.summary', { files: 1, resources: 2, errors: 3, warnings: 4 })).not.toMatch(/\{\w+\}/);
  expect(formatMessage('en', 'no.such.id')).toBe('no.such.id');
});
