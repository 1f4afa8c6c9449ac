import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readHtmlPages } from '../../scripts/quality/html-pages.ts';
import { findBrokenLinks, findThirdPartyInAsset, findThirdPartyRequests, formatLinks } from '../../scripts/quality/link-check.ts';
import { tempTree } from '../support/temp-tree.ts';

const BASE = '/k8s-network-notes/';
const ORIGIN = 'https://example.github.io';
let dist = '';

/** Writes a crafted dist folder: the checker is proven on inputs whose right answer we know. */
function craft(files: Record<string, string>): string {
  dist = tempTree('crafted-dist-', files);
  return dist;
}
afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

const html = (body: string, head = '') => `<!doctype html><html lang="ja"><head>${head}</head><body>${body}</body></html>`;

describe('findBrokenLinks', () => {
  it('accepts links that carry the base and resolve, including fragments and relative links', () => {
    craft({
      'index.html': html(`<a href="/k8s-network-notes/services/#clusterip">ok</a><a href="services/">rel</a>
        <img src="/k8s-network-notes/img/a.svg" srcset="/k8s-network-notes/img/a.svg 1x, img/a.svg 2x">
        <a href="https://kubernetes.io/docs/">external</a><a href="#top" id="top">self</a>
        <a href="${ORIGIN}${BASE}services/">absolute same-origin</a>`),
      'services/index.html': html('<h2 id="clusterip">ClusterIP</h2>'),
      'img/a.svg': '<svg/>',
    });
    const broken = findBrokenLinks(dist, readHtmlPages(dist), BASE, ORIGIN);
    expect(broken).toEqual([]);
  });

  it('names the page and the link of a missing target', () => {
    craft({ 'en/cni/index.html': html('<a href="/k8s-network-notes/en/no-such-page/">x</a>') });
    const broken = findBrokenLinks(dist, readHtmlPages(dist), BASE, ORIGIN);
    expect(formatLinks(broken)).toBe('en/cni/index.html: <a href="/k8s-network-notes/en/no-such-page/"> no such file in the build');
  });

  it('rejects a root-relative link written without the base path', () => {
    craft({ 'index.html': html('<a href="/services/">x</a>'), 'services/index.html': html('') });
    const broken = findBrokenLinks(dist, readHtmlPages(dist), BASE, ORIGIN);
    expect(broken).toMatchObject([{ page: 'index.html', url: '/services/', reason: expect.stringContaining('base') }]);
  });

  it('rejects a fragment that names no element on the target page', () => {
    craft({
      'index.html': html('<a href="/k8s-network-notes/services/#nodeport">x</a>'),
      'services/index.html': html('<h2 id="clusterip">ClusterIP</h2>'),
    });
    const broken = findBrokenLinks(dist, readHtmlPages(dist), BASE, ORIGIN);
    expect(broken).toMatchObject([{ reason: 'no element with id "nodeport" on services/index.html' }]);
  });

  it('checks stylesheet, script and srcset URLs too', () => {
    craft({
      'index.html': html(
        '<img srcset="/k8s-network-notes/a.png 1x, /k8s-network-notes/b.png 2x">',
        '<link rel="stylesheet" href="/k8s-network-notes/_astro/gone.css"><script src="/k8s-network-notes/gone.js"></script>',
      ),
      'a.png': '',
    });
    const urls = findBrokenLinks(dist, readHtmlPages(dist), BASE, ORIGIN).map((b) => b.url);
    expect(urls.sort()).toEqual(['/k8s-network-notes/_astro/gone.css', '/k8s-network-notes/b.png', '/k8s-network-notes/gone.js']);
  });
});

describe('findThirdPartyRequests', () => {
  it('flags scripts, styles, images and preconnects from other origins, with the page named', () => {
    craft({
      'index.html': html(
        '<img src="https://cdn.example.com/x.png"><div style="background:url(//evil.example/x.png)"></div>',
        '<script src="https://cdn.jsdelivr.net/npm/mermaid"></script><link rel="stylesheet" href="https://fonts.googleapis.com/css2"><link rel="preconnect" href="https://fonts.gstatic.com">',
      ),
    });
    const found = findThirdPartyRequests(readHtmlPages(dist), ORIGIN);
    expect(found.map((f) => f.url).sort()).toEqual([
      '//evil.example/x.png',
      'https://cdn.example.com/x.png',
      'https://cdn.jsdelivr.net/npm/mermaid',
      'https://fonts.googleapis.com/css2',
      'https://fonts.gstatic.com',
    ]);
    expect(found.every((f) => f.page === 'index.html')).toBe(true);
  });

  it('does not count links to other sites, canonical or hreflang URLs as requests', () => {
    craft({
      'index.html': html(
        '<a href="https://kubernetes.io/ja/">k8s</a>',
        `<link rel="canonical" href="${ORIGIN}/x/"><link rel="alternate" hreflang="en" href="https://other.example/en/">`,
      ),
    });
    expect(findThirdPartyRequests(readHtmlPages(dist), ORIGIN)).toEqual([]);
  });

  it('flags CSS url()/@import and JS imports from other origins, not same-origin ones', () => {
    expect(findThirdPartyInAsset('a.css', '@import url("https://fonts.googleapis.com/x");b{background:url(/k/x.png)}')).toHaveLength(1);
    expect(findThirdPartyInAsset('a.js', 'import x from "https://esm.sh/mermaid";import("./local.js")')).toHaveLength(1);
    expect(findThirdPartyInAsset('a.js', 'const docs = "https://kubernetes.io/";')).toEqual([]);
  });
});
