// Runs inside headless Chromium, next to Mermaid's own browser bundle (global `mermaid`). Plain JavaScript on
// purpose: the Node side loads this file with `page.addScriptTag({ path })`, so no bundler or TypeScript
// transform can slip helpers into it that do not exist in the page.

/**
 * Renders one diagram and returns `{ svg }` or `{ error }` (Mermaid's own parse message).
 * `prefix` is unique per diagram and theme; it becomes the SVG's id and the prefix of every id inside it.
 */
window.renderDiagram = async function renderDiagram(prefix, source, config) {
  // Back to Mermaid's defaults first, so nothing of the previous diagram's configuration carries over.
  mermaid.mermaidAPI.reset();
  mermaid.initialize({ ...config, startOnLoad: false });
  await document.fonts.ready;
  try {
    await mermaid.parse(source);
  } catch (error) {
    return { error: String((error && error.message) || error) };
  }
  let svg;
  try {
    ({ svg } = await mermaid.render(prefix, source));
  } catch (error) {
    return { error: String((error && error.message) || error) };
  }
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (parsed.nodeName !== 'svg') return { error: 'Mermaid did not return an SVG document' };
  const root = document.importNode(parsed, true);
  document.body.append(root);
  inlineStyles(root);
  root.remove();
  pruneUnusedDefinitions(root);
  makeIdsUnique(root, prefix);
  compact(root);
  // One image with a name and a description: Mermaid's "graphics-document" role and its roledescription
  // ("flowchart-v2") would be read out as noise; aria-labelledby/-describedby already point at <title>/<desc>.
  root.setAttribute('role', 'img');
  root.removeAttribute('aria-roledescription');
  return { svg: new XMLSerializer().serializeToString(root) };
};

/**
 * Properties Mermaid's stylesheet sets for HTML labels (htmlLabels is off) that do nothing to SVG shapes and text
 * (matched as longhands: `border-top-color`, …). `color` only matters through `currentColor`, and computed
 * fill/stroke values are already resolved colours.
 */
const HTML_ONLY = /^(color|text-align|background(-.*)?|border(-.*)?)$/;

/**
 * The site's Content Security Policy allows `style="…"` attributes but no unhashed <style> elements, so Mermaid's
 * <style> block is turned into inline styles: every property its rules set is written on the elements whose
 * computed value would otherwise differ, top-down so inherited values are written once, on the ancestor.
 */
function inlineStyles(root) {
  const styles = [...root.querySelectorAll('style')];
  const properties = new Set();
  for (const style of styles) {
    for (const rule of style.sheet ? style.sheet.cssRules : []) {
      if (!(rule instanceof CSSStyleRule)) continue; // @keyframes: only for animated edges, which we do not use
      for (const name of rule.style) {
        if (!name.startsWith('--') && !name.startsWith('animation') && !HTML_ONLY.test(name)) properties.add(name);
      }
    }
  }
  // Inherited properties are written on the root outright, so the page that shows the SVG cannot change them:
  // text metrics were measured with these fonts and spacings (a site's font size or letter spacing would make
  // labels overflow their boxes), and the colours belong to the theme. Box properties (display, width, …) are
  // left to the page's CSS.
  const inherited = [
    'font-family',
    'font-size',
    'font-style',
    'font-weight',
    'font-stretch',
    'font-variant',
    'font-feature-settings',
    'font-kerning',
    'letter-spacing',
    'word-spacing',
    'line-height',
    'text-transform',
    'text-anchor',
    'dominant-baseline',
    'writing-mode',
    'direction',
    'fill',
    'fill-opacity',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-dasharray',
    'stroke-linecap',
    'stroke-linejoin',
    'visibility',
  ];
  const names = [...properties].sort();
  const rootValues = getComputedStyle(root);
  const frozen = inherited.map((name) => [name, rootValues.getPropertyValue(name)]);
  const elements = [root, ...root.querySelectorAll('*')].filter((element) => element.localName !== 'style');
  const wanted = elements.map((element) => {
    const computed = getComputedStyle(element);
    return names.map((name) => computed.getPropertyValue(name));
  });
  for (const style of styles) style.remove();
  for (const [name, value] of frozen) if (value) root.style.setProperty(name, value);
  // Level by level from the root: an element's value depends on its ancestors only, so each level is read in
  // one go and then written, instead of a style recalculation for every element.
  const depthOf = (element) => {
    let depth = 0;
    for (let node = element; node !== root; node = node.parentElement) depth += 1;
    return depth;
  };
  const levels = [];
  elements.forEach((element, i) => {
    const depth = depthOf(element);
    (levels[depth] ??= []).push(i);
  });
  for (const level of levels) {
    if (!level) continue;
    const changes = level.map((i) => {
      const computed = getComputedStyle(elements[i]);
      return names.flatMap((name, j) => (computed.getPropertyValue(name) !== wanted[i][j] ? [[name, wanted[i][j]]] : []));
    });
    level.forEach((i, k) => {
      for (const [name, value] of changes[k]) elements[i].style.setProperty(name, value);
    });
  }
  // Mermaid writes style="" on some elements; an empty attribute is only bytes.
  for (const element of elements) if (element.getAttribute('style') === '') element.removeAttribute('style');
}

/**
 * Mermaid defines every arrowhead and icon its diagram type might use (a sequence diagram carries ~10 KB of
 * unused icons); the page carries both themes of every diagram, so definitions nothing refers to are dropped.
 */
function pruneUnusedDefinitions(root) {
  const text = new XMLSerializer().serializeToString(root);
  const referenced = new Set([...text.matchAll(/url\(\s*['"]?#([^'")\s]+)/g), ...text.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]));
  for (const element of root.querySelectorAll('marker, symbol, linearGradient, radialGradient, filter, clipPath, pattern')) {
    if (!referenced.has(element.id)) element.remove();
  }
  for (const defs of root.querySelectorAll('defs')) if (defs.children.length === 0) defs.remove();
}

/**
 * Smaller markup, same picture: numbers to two decimals (Mermaid writes 47.79999923706055) and no data-*
 * attributes (Mermaid's bookkeeping for interactive use; nothing reads them in a static SVG).
 */
const GEOMETRY = new Set([
  'd',
  'points',
  'transform',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'viewBox',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'dx',
  'dy',
  'style',
]);
function compact(root) {
  const round = (value) => value.replace(/-?\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2))));
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('data-')) element.removeAttribute(attribute.name);
      else if (GEOMETRY.has(attribute.name)) {
        const next = round(attribute.value);
        if (next !== attribute.value) element.setAttributeNS(attribute.namespaceURI, attribute.name, next);
      }
    }
  }
}

/**
 * Mermaid ids repeat across diagrams (`L_A_B_0`, `flowchart-A-0`, …) and even inside one SVG, so two SVGs on one
 * page collide; some also come from counters that keep running from one diagram to the next (a sequence
 * diagram's `actor5` after an earlier diagram), which would make the output depend on render order. So every id
 * is replaced by `<prefix>-<n>`, numbered in document order, and every reference (href, url(#…), aria-*) follows
 * the first element that had the old id.
 */
function makeIdsUnique(root, prefix) {
  const renamed = new Map();
  let n = 0;
  for (const element of root.querySelectorAll('[id]')) {
    const id = `${prefix}-${(n += 1)}`;
    if (!renamed.has(element.id)) renamed.set(element.id, id);
    element.id = id;
  }
  root.id = prefix;
  const rename = (old) => renamed.get(old) ?? old;
  const renameUrls = (text) => text.replace(/url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g, (_m, q, id) => `url(${q}#${rename(id)}${q})`);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const { name, value } = attribute;
      let next = value;
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) next = `#${rename(value.slice(1))}`;
      else if (/^aria-(labelledby|describedby|controls|owns|flowto|details|activedescendant)$/.test(name)) {
        next = value.split(/\s+/).filter(Boolean).map(rename).join(' ');
      } else if (value.includes('url(')) next = renameUrls(value);
      if (next !== value) element.setAttributeNS(attribute.namespaceURI, name, next);
    }
  }
}
