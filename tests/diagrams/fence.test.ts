import { describe, expect, it } from 'vitest';
import { findDiagramsInSource } from '../../scripts/diagram-sources.ts';
import { DiagramError } from '../../src/diagrams/errors.ts';
import { diagramFromFence } from '../../src/diagrams/fence.ts';

const fence = (value: string, line = 7) => ({ lang: 'mermaid', value, position: { start: { line } } });

describe('diagramFromFence', () => {
  it('reads accTitle and a one-line accDescr', () => {
    const diagram = diagramFromFence(
      fence('flowchart LR\n  accTitle: Podの通信\n  accDescr: vethペアでつながります。\n  A --> B'),
      'content/docs/a.mdx',
    );
    expect(diagram).toMatchObject({ file: 'content/docs/a.mdx', line: 7, title: 'Podの通信', description: 'vethペアでつながります。' });
  });

  it('reads a multi-line accDescr { … } block', () => {
    const diagram = diagramFromFence(
      fence('flowchart LR\n  accTitle: T\n  accDescr {\n    first line\n    second line\n  }\n  A --> B'),
      'p.mdx',
    );
    expect(diagram.description).toBe('first line second line');
  });

  it('normalises CRLF so the cache key does not depend on the checkout', () => {
    const diagram = diagramFromFence(fence('flowchart LR\r\n  accTitle: T\r\n  accDescr: D\r\n  A --> B'), 'p.mdx');
    expect(diagram.source).toBe('flowchart LR\n  accTitle: T\n  accDescr: D\n  A --> B');
  });

  it('fails without accTitle, naming the page and the line', () => {
    const read = () => diagramFromFence(fence('flowchart LR\n  accDescr: D\n  A --> B', 12), 'content/docs/cni.mdx');
    expect(read).toThrow(DiagramError);
    expect(read).toThrow(/^content\/docs\/cni\.mdx:12: .*no `accTitle: …` line/);
  });

  it('fails without accDescr, naming the page and the line', () => {
    expect(() => diagramFromFence(fence('flowchart LR\n  accTitle: T\n  A --> B', 3), 'x.mdx')).toThrow(
      /^x\.mdx:3: .*no `accDescr: …` line/,
    );
  });
});

describe('findDiagramsInSource (the extractor `npm run diagrams` shares with the build plugin)', () => {
  const page = [
    '---',
    'title: Test',
    '---',
    'import Example from "~/components/Example.astro";',
    '',
    '```mermaid',
    'flowchart LR',
    '  accTitle: One',
    '  accDescr: First diagram',
    '  A --> B',
    '```',
    '',
    '```yaml',
    'kind: Service',
    '```',
    '',
    '<div>',
    '',
    '```mermaid',
    'sequenceDiagram',
    '  accTitle: Two',
    '  accDescr: Second diagram',
    '  A->>B: hi',
    '```',
    '',
    '</div>',
    '',
    '```mermaid',
    'flowchart LR',
    '  A --> B',
    '```',
  ].join('\n');

  it('finds mermaid fences (also inside JSX) with their page lines, and only those', () => {
    const { diagrams, errors } = findDiagramsInSource(page, 'content/docs/test.mdx');
    expect(diagrams.map((d) => [d.line, d.title])).toEqual([
      [6, 'One'],
      [19, 'Two'],
    ]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^content\/docs\/test\.mdx:28: .*accTitle/)]);
  });

  it('finds nothing in a page without diagrams', () => {
    expect(findDiagramsInSource('# Title\n\n```sh\nkubectl get pods\n```\n', 'p.mdx')).toEqual({ diagrams: [], errors: [] });
  });
});
