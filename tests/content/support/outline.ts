import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The structure two translations of a page must share: section headings, included examples (in order) and
 * diagrams. Read with a line scanner rather than an MDX parser on purpose: pages may only contain ```mermaid
 * fences as code (every other code block is an <Example>), so headings, fences and the self-closing
 * `<Example file="…" />` tag are all line-level, and the scanner needs no MDX/JSX toolchain.
 */
export interface Outline {
  h2: string[];
  h3: string[];
  examples: string[];
  diagrams: number;
  /** Fenced code blocks in a language other than mermaid (pages must not have any). */
  otherFences: string[];
}

export function outline(source: string): Outline {
  const result: Outline = { h2: [], h3: [], examples: [], diagrams: 0, otherFences: [] };
  const body = source.replace(/\r\n?/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      if (open && line.trim().startsWith(fence) && open[2] === '') fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1];
      if (open[2] === 'mermaid') result.diagrams++;
      else result.otherFences.push(open[2] || '(no language)');
      continue;
    }
    const heading = /^(#{2,3})\s+(.*)$/.exec(line);
    if (heading) (heading[1] === '##' ? result.h2 : result.h3).push(heading[2].trim());
    for (const m of line.matchAll(/<Example\s[^>]*?file=["']([^"']+)["']/g)) result.examples.push(m[1]);
  }
  return result;
}

/** Differences between a ja page and its en twin, each a sentence naming the page. */
export function compareOutlines(page: string, ja: Outline, en: Outline): string[] {
  const problems: string[] = [];
  if (ja.h2.length !== en.h2.length) problems.push(`${page}: ja has ${ja.h2.length} h2 sections, en has ${en.h2.length}`);
  if (ja.h3.length !== en.h3.length) problems.push(`${page}: ja has ${ja.h3.length} h3 sections, en has ${en.h3.length}`);
  if (ja.examples.join('\n') !== en.examples.join('\n'))
    problems.push(`${page}: examples differ — ja [${ja.examples.join(', ')}], en [${en.examples.join(', ')}]`);
  if (ja.diagrams !== en.diagrams) problems.push(`${page}: ja has ${ja.diagrams} mermaid diagrams, en has ${en.diagrams}`);
  return problems;
}

export const DOCS = 'content/docs';
export const EN_DOCS = join(DOCS, 'en');

/** Page file names (e.g. `cni.mdx`) in a folder, not recursive. */
export function pageFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
}

/** The 404 page is one bilingual page at the root: Starlight serves a single 404 for the whole site. */
export const UNPAIRED = new Set(['404.mdx']);

/**
 * Lines of a Japanese page where a paragraph continues on the next line after Japanese text. Markdown turns that
 * line break into a space, which shows as a gap after 。 in the browser: keep each Japanese paragraph on one line.
 * Returns 1-based line numbers of the first line of each such pair (code fences, lists, tables, JSX skipped).
 */
export function japaneseSoftBreaks(source: string): number[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const notParagraph = /^(\s*$|\s*[-*+] |\s*\d+\. |\||#|<|:::|>|import |export |---)/;
  const found: number[] = [];
  let fence = false;
  let frontmatter = lines[0] === '---';
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    if (frontmatter) {
      if (i > 0 && line === '---') frontmatter = false;
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence || notParagraph.test(line) || /^\s*(```|~~~)/.test(line)) continue;
    const next = lines[i + 1];
    if (!notParagraph.test(next) && !/^\s*(```|~~~)/.test(next) && /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]$/.test(line)) {
      found.push(i + 1);
    }
  }
  return found;
}

/**
 * 1-based lines of asides without a title (`:::note` rather than `:::note[Note]`). Starlight picks an aside's
 * default title by the page's path under src/content/docs; our pages live in content/docs, so an English page would
 * get the Japanese default (ノート). English pages therefore give every aside its title.
 */
export function untitledAsides(source: string): number[] {
  return source.split('\n').flatMap((line, i) => (/^:::(note|tip|caution|danger)\s*$/.test(line) ? [i + 1] : []));
}

/**
 * 1-based lines where `**` closes right after Japanese punctuation and is followed by a letter, as in
 * `**よくある誤解：**Pod`. CommonMark does not treat such a `**` as closing (it is not right-flanking), so the
 * asterisks show up literally. Put the punctuation outside: `**よくある誤解**：Pod`.
 */
export function brokenJapaneseEmphasis(source: string): number[] {
  return source.split('\n').flatMap((line, i) => {
    // Every second `**` of a line is meant to close the emphasis the one before it opened.
    const closers = [...line.matchAll(/\*\*/g)].filter((_, n) => n % 2 === 1);
    const broken = closers.some((m) => {
      const before = line[m.index - 1] ?? '';
      const after = line[m.index + 2] ?? '';
      return /[、。，．：；！？）」』】]/.test(before) && /[^\s\p{P}\p{S}]/u.test(after);
    });
    return broken ? [i + 1] : [];
  });
}
