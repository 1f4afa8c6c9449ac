import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { filesBelow } from '../../src/validation/files-below.ts';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every file below `dir`, as paths relative to it with `/` separators (the quality gates' own walk). */
export function listFiles(dir: string): string[] {
  return filesBelow(dir).map((file) => relative(dir, file).split(sep).join('/'));
}

export interface HtmlPage {
  /** Path relative to the dist folder, e.g. `en/services/index.html`. */
  file: string;
  html: string;
  elements: Element[];
}

/** Parses every HTML file of a built site (parse5: the HTML standard's own parsing algorithm). */
export function readHtmlPages(dist: string): HtmlPage[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return { file, html, elements: htmlElements(html) };
    });
}

/** Every element of a page, in document order (template contents included): the one HTML reader of the gates. */
export function htmlElements(html: string): Element[] {
  return collectElements(parse(html));
}

function collectElements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) out.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
    if ('content' in node && node.content) visit(node.content as Node);
  };
  visit(root);
  return out;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** An element's child elements, in order. */
export function childElements(element: Element): Element[] {
  return element.childNodes.filter((node): node is Element => 'tagName' in node);
}

/** Every element below an element, in document order (template contents are not part of the tree). */
export function descendants(element: Element): Element[] {
  return childElements(element).flatMap((child) => [child, ...descendants(child)]);
}

export function hasClass(element: Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

/** All the text below a node, as the DOM's `textContent` reads it. */
export function deepText(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return ('childNodes' in node ? node.childNodes : []).map(deepText).join('');
}

/** The text inside an element (for `<script>`, its source exactly as the browser runs and hashes it). */
export function textContent(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

/** The URL path a page is served at, e.g. `en/services/index.html` under base `/b/` → `/b/en/services/`. */
export function pageUrlPath(file: string, base: string): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${path}`;
}
