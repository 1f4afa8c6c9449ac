import { DiagramError } from './errors.ts';

/** One ```mermaid fence of a page. `line` is the 1-based line of the opening fence in the page file. */
export interface Diagram {
  file: string;
  line: number;
  /** The fence's content, exactly what Mermaid renders (line endings normalised to \n). */
  source: string;
  /** From `accTitle:`: the figure caption and the SVG's <title>. */
  title: string;
  /** From `accDescr:` (one line, or a `accDescr { … }` block): the SVG's <desc>. */
  description: string;
}

/** The parts of an mdast `code` node the extractor needs (the Sätteri plugin and the CLI both pass one). */
export interface CodeNodeLike {
  lang?: string | null;
  value: string;
  position?: { start: { line: number } } | null;
}

export function isMermaidFence(node: CodeNodeLike): boolean {
  return node.lang === 'mermaid';
}

/**
 * Reads accTitle/accDescr the way Mermaid does (`accTitle: text`, `accDescr: text`, `accDescr { … }`). Both are
 * required: the title is the visible caption and the accessible name, the description the accessible text.
 */
export function diagramFromFence(node: CodeNodeLike, file: string): Diagram {
  const line = node.position?.start.line ?? 1;
  const source = node.value.replace(/\r\n?/g, '\n');
  const title = /^\s*accTitle\s*:\s*(.*?)\s*$/m.exec(source)?.[1] ?? '';
  const oneLine = /^\s*accDescr\s*:\s*(.*?)\s*$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const description = (oneLine ?? block ?? '').replace(/\s+/g, ' ').trim();
  if (!title) {
    throw new DiagramError(
      file,
      line,
      "this ```mermaid diagram has no `accTitle: …` line; add one after the diagram type (it becomes the caption and the accessible name, in the page's language).",
    );
  }
  if (!description) {
    throw new DiagramError(
      file,
      line,
      "this ```mermaid diagram has no `accDescr: …` line; add one after accTitle (it becomes the accessible description, in the page's language).",
    );
  }
  return { file, line, source, title, description };
}
