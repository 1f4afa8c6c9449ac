/**
 * The few HTML facts the quality gates need, read with regular expressions over Astro's own output (which is
 * well-formed and attribute-quoted). A full HTML parser would add a dependency for no gain on this input; the
 * checkers' unit tests pin the shapes they accept.
 */
export interface InlineScript {
  attributes: string;
  body: string;
}

export function inlineScripts(html: string): InlineScript[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/.test(m[1] ?? '') && !/\btype="(application\/(ld\+)?json|importmap|text\/template)"/.test(m[1] ?? ''))
    .map((m) => ({ attributes: m[1] ?? '', body: m[2] ?? '' }));
}

export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)].map((m) => m[1]!);
}

export function modulePreloads(html: string): string[] {
  return linkHrefs(html, 'modulepreload');
}

export function stylesheets(html: string): string[] {
  return linkHrefs(html, 'stylesheet');
}

/** The href of every `<link rel="<rel>">`. */
function linkHrefs(html: string, rel: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => new RegExp(`\\brel="${rel}"`).test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
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
