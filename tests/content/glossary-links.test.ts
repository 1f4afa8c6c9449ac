import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS, EN_DOCS, pageFiles } from './support/outline.ts';

/** Anchors a glossary page defines: `<span id="…">` in its table rows. */
function glossaryAnchors(glossary: string): Set<string> {
  return new Set([...glossary.matchAll(/<span id="([^"]+)"><\/span>/g)].map((m) => m[1]));
}

/** Links to the glossary in a page, as [`/glossary/#x`, …], that point to no anchor of the glossary. */
function brokenGlossaryLinks(page: string, glossaryPath: string, anchors: Set<string>): string[] {
  const pattern = new RegExp(`\\]\\(${glossaryPath.replace(/\//g, '\\/')}#([^)]+)\\)`, 'g');
  return [...page.matchAll(pattern)].map((m) => m[1]).filter((id) => !anchors.has(id));
}

describe('glossary links (fixtures)', () => {
  const anchors = glossaryAnchors('| <span id="pod"></span>**Pod** | … |\n| <span id="cni"></span>**CNI** | … |');
  it('accepts links to existing anchors', () => {
    expect(brokenGlossaryLinks('[Pod](/glossary/#pod) and [CNI](/glossary/#cni)', '/glossary/', anchors)).toEqual([]);
  });
  it('reports a link to a missing anchor', () => {
    expect(brokenGlossaryLinks('[Pods](/glossary/#pods)', '/glossary/', anchors)).toEqual(['pods']);
  });
});

describe('the site pages', () => {
  const ja = glossaryAnchors(readFileSync(join(DOCS, 'glossary.mdx'), 'utf8'));
  const en = glossaryAnchors(readFileSync(join(EN_DOCS, 'glossary.mdx'), 'utf8'));

  it('both glossaries define the same anchors', () => {
    expect([...en].sort()).toEqual([...ja].sort());
  });

  it.each(pageFiles(DOCS))('%s links only to existing glossary anchors (ja and en)', (file) => {
    expect(brokenGlossaryLinks(readFileSync(join(DOCS, file), 'utf8'), '/glossary/', ja)).toEqual([]);
    // A missing en twin is the parity test's finding, not this one's.
    if (existsSync(join(EN_DOCS, file))) {
      expect(brokenGlossaryLinks(readFileSync(join(EN_DOCS, file), 'utf8'), '/en/glossary/', en)).toEqual([]);
    }
  });
});
