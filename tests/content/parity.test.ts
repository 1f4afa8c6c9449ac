import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOutlines, DOCS, EN_DOCS, outline, pageFiles, UNPAIRED, untitledAsides } from './support/outline.ts';

const fixture = (name: string) => readFileSync(join('tests/content/fixtures/parity', name), 'utf8');

describe('parity checker (fixtures)', () => {
  it('accepts an en page with the same sections, examples and diagrams', () => {
    expect(compareOutlines('x.mdx', outline(fixture('ja.mdx')), outline(fixture('en-matching.mdx')))).toEqual([]);
  });

  it('reports each kind of drift, naming the page', () => {
    const problems = compareOutlines('x.mdx', outline(fixture('ja.mdx')), outline(fixture('en-drifted.mdx')));
    expect(problems).toEqual([
      'x.mdx: ja has 2 h2 sections, en has 3',
      'x.mdx: ja has 1 h3 sections, en has 0',
      'x.mdx: examples differ — ja [netdemo/namespace.yaml, commands/get-svc.sh], en [commands/get-svc.sh, netdemo/namespace.yaml]',
      'x.mdx: ja has 1 mermaid diagrams, en has 0',
    ]);
  });

  it('sees a non-mermaid code fence, which pages must not have', () => {
    expect(outline(fixture('en-drifted.mdx')).otherFences).toEqual(['sh']);
    expect(outline(fixture('ja.mdx')).otherFences).toEqual([]);
  });
});

describe('aside titles (fixtures)', () => {
  it('finds an aside without a title and accepts one with a title', () => {
    expect(untitledAsides('text\n\n:::note\nbody\n:::\n\n:::caution[On kind]\nbody\n:::\n')).toEqual([3]);
  });
});

describe('the site pages', () => {
  const ja = pageFiles(DOCS).filter((f) => !UNPAIRED.has(f));
  const en = pageFiles(EN_DOCS);

  it('every ja page has an en twin and every en page a ja source', () => {
    expect(en.filter((f) => !ja.includes(f)).map((f) => `${EN_DOCS}/${f} has no ja source`)).toEqual([]);
    expect(ja.filter((f) => !en.includes(f)).map((f) => `${DOCS}/${f} has no en twin`)).toEqual([]);
  });

  it.each(ja.filter((f) => en.includes(f)))('%s: ja and en share headings, examples and diagrams', (file) => {
    const jaOutline = outline(readFileSync(join(DOCS, file), 'utf8'));
    const enOutline = outline(readFileSync(join(EN_DOCS, file), 'utf8'));
    expect(compareOutlines(file, jaOutline, enOutline)).toEqual([]);
  });

  it.each([...pageFiles(DOCS).map((f) => join(DOCS, f)), ...en.map((f) => join(EN_DOCS, f))])(
    '%s: no code fence but mermaid, and every <Example> file exists',
    (path) => {
      const o = outline(readFileSync(path, 'utf8'));
      expect(o.otherFences, `${path}: show code through <Example file="…" />`).toEqual([]);
      if (path.startsWith(EN_DOCS)) {
        expect(untitledAsides(readFileSync(path, 'utf8')).map((n) => `${path}:${n}: give this aside a title, e.g. :::note[Note]`)).toEqual(
          [],
        );
      }
      expect(o.examples.filter((f) => !existsSync(join('examples', f))).map((f) => `${path}: examples/${f} missing`)).toEqual([]);
    },
  );
});
