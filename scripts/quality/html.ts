import { attr, htmlElements, textContent } from './html-pages.ts';

/**
 * The few HTML facts the quality gates need. Scripts and links are read with parse5 (the HTML standard's parsing
 * algorithm, through html-pages.ts), so attribute order, quoting and case do not matter. The CSP meta tag and
 * anchors are still read with regular expressions over Astro's own output (well-formed and attribute-quoted); the
 * checkers' unit tests pin the shapes they accept.
 */
export interface InlineScript {
  /** The `type` attribute, lower-cased; `''` for a classic script. */
  type: string;
  body: string;
}

/** Script types a browser does not run: data blocks and import maps carry no code to measure or hash. */
const NOT_CODE = /^(application\/(ld\+)?json|importmap|text\/template)$/;

export function inlineScripts(html: string): InlineScript[] {
  return htmlElements(html)
    .filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined)
    .map((el) => ({ type: (attr(el, 'type') ?? '').trim().toLowerCase(), body: textContent(el) }))
    .filter((script) => !NOT_CODE.test(script.type));
}

export function scriptSources(html: string): string[] {
  return htmlElements(html)
    .filter((el) => el.tagName === 'script')
    .map((el) => attr(el, 'src'))
    .filter((src): src is string => !!src);
}

export function modulePreloads(html: string): string[] {
  return linkHrefs(html, 'modulepreload');
}

/** The href of every `<link rel="<rel>">` (rel is a space-separated token list). */
function linkHrefs(html: string, rel: string): string[] {
  return htmlElements(html)
    .filter((el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes(rel))
    .map((el) => attr(el, 'href'))
    .filter((href): href is string => !!href);
}

/** The content of the page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (/\bhttp-equiv="content-security-policy"/i.test(m[0])) return decodeEntities(/\bcontent="([^"]*)"/.exec(m[0])?.[1] ?? '');
  }
  return undefined;
}

export interface Anchor {
  href: string;
  rel: string;
  tag: string;
}

export function anchors(html: string): Anchor[] {
  return [...html.matchAll(/<a\b[^>]*>/gi)].map((m) => ({
    tag: m[0],
    href: decodeEntities(/\bhref="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    rel: /\brel="([^"]*)"/.exec(m[0])?.[1] ?? '',
  }));
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
