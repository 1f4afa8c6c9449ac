import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, type HtmlPage, pageUrlPath } from './html-pages.ts';

export interface BrokenLink {
  page: string;
  tag: string;
  attribute: string;
  url: string;
  reason: string;
}

/** Attributes that carry URLs, per element. `srcset` is split into its candidates. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};

/** Link relations that name a URL without the browser fetching it from the page. */
const NON_FETCHING_RELS = new Set(['alternate', 'canonical']);

function urlsOf(value: string, attribute: string): string[] {
  if (attribute !== 'srcset') return [value];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/**
 * Resolves a URL path under the site's base to a file in the built output, the way a static host does:
 * `/b/x/` → `x/index.html`, `/b/x` → `x` or `x/index.html`.
 */
export function resolveToFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}/index.html`];
  return candidates.find((candidate) => {
    const full = join(dist, candidate);
    return existsSync(full) && statSync(full).isFile();
  });
}

/**
 * Checks every internal `href`/`src` of every page: it must carry the base path, resolve to a file in `dist`, and
 * its `#fragment` (if any, on an HTML target) must name an element id on that page. Links to other origins are
 * not followed (there is no network); `siteOrigin` links are treated as internal.
 */
export function findBrokenLinks(dist: string, pages: HtmlPage[], base: string, siteOrigin: string): BrokenLink[] {
  const idsByFile = new Map(pages.map((p) => [p.file, new Set(p.elements.map((e) => attr(e, 'id')).filter(Boolean))]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(pageUrlPath(page.file, base), siteOrigin);
    for (const element of page.elements) {
      for (const attribute of URL_ATTRIBUTES[element.tagName] ?? []) {
        const value = attr(element, attribute);
        if (value === undefined) continue;
        for (const raw of urlsOf(value, attribute)) {
          const report = (reason: string) => broken.push({ page: page.file, tag: element.tagName, attribute, url: raw, reason });
          if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
          let url: URL;
          try {
            url = new URL(raw, pageUrl);
          } catch {
            report('not a valid URL');
            continue;
          }
          if (url.origin !== pageUrl.origin) continue;
          if (!url.pathname.startsWith(base)) {
            report(`does not start with the base path ${base}`);
            continue;
          }
          const target = resolveToFile(dist, base, url.pathname);
          if (!target) {
            report('no such file in the build');
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment && target.endsWith('.html') && fragment !== '_top' && !idsByFile.get(target)?.has(fragment)) {
            report(`no element with id "${fragment}" on ${target}`);
          }
        }
      }
    }
  }
  return broken;
}

/**
 * Everything in a page that makes the browser fetch from another origin: scripts, styles, images, frames,
 * preconnects. Plain `<a>` links to other sites and hreflang/canonical URLs are not requests.
 */
export function findThirdPartyRequests(pages: HtmlPage[], siteOrigin: string): BrokenLink[] {
  const found: BrokenLink[] = [];
  for (const page of pages) {
    for (const element of page.elements) {
      if (element.tagName === 'a' || element.tagName === 'form') continue;
      const rel = attr(element, 'rel') ?? '';
      if (element.tagName === 'link' && rel.split(/\s+/).some((r) => NON_FETCHING_RELS.has(r))) continue;
      if (element.tagName === 'link' && rel === 'sitemap') continue;
      for (const attribute of URL_ATTRIBUTES[element.tagName] ?? []) {
        const value = attr(element, attribute);
        if (value === undefined) continue;
        for (const raw of urlsOf(value, attribute)) {
          if (!/^(https?:)?\/\//i.test(raw)) continue;
          const origin = new URL(raw, siteOrigin).origin;
          if (origin !== siteOrigin) {
            found.push({ page: page.file, tag: element.tagName, attribute, url: raw, reason: `request to ${origin}` });
          }
        }
      }
    }
    for (const match of page.html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi)) {
      found.push({ page: page.file, tag: 'style', attribute: 'url()', url: match[1], reason: 'inline style fetch' });
    }
  }
  return found;
}

/** Third-party fetches written in CSS (`url()`, `@import`) or JS (`import` from a URL). */
export function findThirdPartyInAsset(file: string, text: string): BrokenLink[] {
  const patterns = file.endsWith('.css')
    ? [/(?:url\(|@import\s+)\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi]
    : [/\bimport\s*(?:\(\s*)?['"]((?:https?:)?\/\/[^'"]+)['"]/gi, /\bfrom\s*['"]((?:https?:)?\/\/[^'"]+)['"]/gi];
  const found: BrokenLink[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      found.push({ page: file, tag: 'asset', attribute: 'url', url: match[1], reason: 'fetch from another origin' });
    }
  }
  return found;
}

export function formatLinks(links: BrokenLink[]): string {
  return links.map((l) => `${l.page}: <${l.tag} ${l.attribute}="${l.url}"> ${l.reason}`).join('\n');
}
