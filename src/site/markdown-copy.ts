import { loadExample } from '../examples/load-example.ts';
import { withBase } from './paths.ts';

/**
 * The Markdown copy of a page (`<base><slug>.md`, and the pages of llms-full.txt): the page's own Markdown source with
 * each `<Example file="…" />` replaced by the example's text from examples/ as a fenced code block, site links made
 * absolute under the base, and the MDX that means nothing outside the site (imports, the playground widget) left out.
 * Written here rather than with starlight-llms-txt: that plugin covers only the default locale (ja here) and makes
 * no per-page copy, and converting the rendered HTML back would lose the example files' exact text.
 */

export interface MarkdownPage {
  /** Content entry id: `services`, `en/services`, `index`, `en`. */
  id: string;
  title: string;
  description?: string;
  /** The MDX body without its frontmatter. */
  body: string;
  /** Source file, named in errors (`content/docs/services.mdx`). */
  filePath: string;
}

/** Path of a page's Markdown copy under the base (from a content entry id or a Starlight route id): `<base>services.md`, `<base>index.md`, `<base>en/index.md`. */
export function markdownPath(id: string, base: string): string {
  // Starlight's route data names the home page '', the content collection 'index'.
  const key = id === '' || id === 'index' ? 'index' : id === 'en' ? 'en/index' : id.replace(/\/index$/, '');
  return `${base.replace(/\/?$/, '/')}${key}.md`;
}

/** URL path of the HTML page: `<base>services/`, `<base>`, `<base>en/`. */
export function pagePath(id: string, base: string): string {
  const slug = id.replace(/(^|\/)?index$/, '');
  return `${base.replace(/\/?$/, '/')}${slug ? `${slug}/` : ''}`;
}

/** The language of an entry: en pages live under en/, ja pages at the root. */
export function pageLang(id: string): 'ja' | 'en' {
  return id === 'en' || id.startsWith('en/') ? 'en' : 'ja';
}

const EXAMPLE_TAG = /^[ \t]*<Example\s+file="([^"]+)"(?:\s+variant="([^"]+)")?\s*\/>[ \t]*$/gm;
const IMPORT_LINE = /^import\s[^\n]*from\s+['"][^'"]+['"];?[ \t]*\n/gm;
const PLAYGROUND_TAG = /^[ \t]*<Playground\b[^>]*\/>[ \t]*$/gm;

/** A page as standalone Markdown, with `site` the origin (`https://owner.github.io`) and `base` the base path. */
export function pageMarkdown(page: MarkdownPage, site: string, base: string): string {
  const origin = site.replace(/\/$/, '');
  const body = page.body
    .replace(IMPORT_LINE, '')
    .replace(EXAMPLE_TAG, (_tag, file: string, variant?: string) => exampleBlocks(file, variant, page.filePath))
    .replace(PLAYGROUND_TAG, () => `[Playground](${origin}${pagePath(page.id, base)})`)
    // Site-internal links: root-relative in the source, absolute here (the copy is read away from the site).
    .replace(/\]\((\/[^)\s]*)\)/g, (_link, href: string) => `](${origin}${withBase(href, base)})`)
    .trim();
  const head = [`# ${page.title}`, ...(page.description ? [`> ${page.description}`] : []), `${origin}${pagePath(page.id, base)}`];
  return `${head.join('\n\n')}\n\n${body}\n`;
}

/** An example as fenced code: the file's text, and for a command file its expected output after it. */
function exampleBlocks(file: string, variant: string | undefined, page: string): string {
  const example = loadExample(file, { page, variant: variant as Parameters<typeof loadExample>[1]['variant'] });
  const blocks = [fence(example.source, example.lang, `examples/${file}`)];
  const output = example.terminal?.output;
  if (output) blocks.push(fence(output.text, 'text', `examples/${output.file}`));
  return blocks.join('\n\n');
}

/** A fence longer than any backtick run inside the text, so a file that contains ``` cannot close it early. */
function fence(text: string, lang: string, title: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang} title="${title}"\n${text.replace(/\n$/, '')}\n${ticks}`;
}
