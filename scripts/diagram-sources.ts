import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { DiagramError } from '../src/diagrams/errors.ts';
import { type CodeNodeLike, type Diagram, diagramFromFence, isMermaidFence } from '../src/diagrams/fence.ts';
import { filesBelow } from '../src/validation/files-below.ts';

interface TreeNode extends Partial<CodeNodeLike> {
  type: string;
  children?: TreeNode[];
}

/**
 * The diagrams of one page, parsed by the same Markdown/MDX parser (Sätteri) the site build uses, and read with
 * the same fence functions as the build plugin, so `npm run diagrams` sees exactly the diagrams the build sees.
 */
export function findDiagramsInSource(text: string, file: string): { diagrams: Diagram[]; errors: DiagramError[] } {
  const tree = (file.endsWith('.mdx') ? mdxToMdast(text) : markdownToMdast(text)) as TreeNode;
  const diagrams: Diagram[] = [];
  const errors: DiagramError[] = [];
  const visit = (node: TreeNode) => {
    if (node.type === 'code' && isMermaidFence(node as CodeNodeLike)) {
      try {
        diagrams.push(diagramFromFence(node as CodeNodeLike, file));
      } catch (error) {
        if (!(error instanceof DiagramError)) throw error;
        errors.push(error);
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { diagrams, errors };
}

/** Every page under `root` (content/docs by default), paths relative to `cwd`, sorted. */
export function listPages(root = 'content/docs', cwd = process.cwd()): string[] {
  return filesBelow(join(cwd, root))
    .filter((path) => /\.mdx?$/.test(path))
    .map((path) => relative(cwd, path))
    .sort();
}

/** All diagrams of all pages under `root`, with every fence problem found (not just the first). */
export function findDiagramsInContent(root = 'content/docs', cwd = process.cwd()): { diagrams: Diagram[]; errors: DiagramError[] } {
  const diagrams: Diagram[] = [];
  const errors: DiagramError[] = [];
  for (const page of listPages(root, cwd)) {
    const found = findDiagramsInSource(readFileSync(join(cwd, page), 'utf8'), page);
    diagrams.push(...found.diagrams);
    errors.push(...found.errors);
  }
  return { diagrams, errors };
}
