/**
 * The elements Starlight's table of contents observes to tell which section is on screen, found without `:has()`.
 *
 * Starlight (0.42) collects them with one `querySelectorAll` of four selectors, three of them `*:not(:has(<heading>))`.
 * Chromium answers that by checking the subtree of every element in the document: on the walkthrough page (3,700
 * elements, most of them highlighted code) that is about 22 ms per call, and the script calls it twice (the desktop
 * and the mobile table of contents), about 250 ms of main thread on Lighthouse's throttled phone. The same set is
 * found here by marking the ancestors of the few headings first, so every other test is a set lookup.
 * src/integrations/toc-patch.ts puts this function in place of Starlight's query; tests/e2e/toc.test.ts checks, on every
 * built page, that it returns exactly the elements Starlight's selectors return, in the same order.
 */
export function tocTargets(doc: Document, headingSelector: string): Element[] {
  // `:has(H)`: the element has a descendant matching H (anywhere in the document, as in the selector).
  const hasHeading = new Set<Element>();
  for (const heading of doc.querySelectorAll(headingSelector)) {
    for (let parent = heading.parentElement; parent && !hasHeading.has(parent); parent = parent.parentElement) hasHeading.add(parent);
  }
  const found = new Set<Element>(doc.querySelectorAll(`main :where(${headingSelector})`));
  const addUnlessHasHeading = (element: Element | null) => {
    if (element && !hasHeading.has(element)) found.add(element);
  };
  // `main :where(H, .sl-heading-wrapper) ~ *`: every later sibling of a heading (or heading wrapper) inside <main>.
  const siblingsDone = new Set<Element>();
  for (const start of doc.querySelectorAll(`main :where(${headingSelector}, .sl-heading-wrapper)`)) {
    // Siblings after the first start in a parent include those after every later start in it.
    if (start.parentElement && siblingsDone.has(start.parentElement)) continue;
    if (start.parentElement) siblingsDone.add(start.parentElement);
    for (let next = start.nextElementSibling; next; next = next.nextElementSibling) addUnlessHasHeading(next);
  }
  // `main .sl-markdown-content > *` and `main > *`.
  for (const child of doc.querySelectorAll('main .sl-markdown-content > *, main > *')) addUnlessHasHeading(child);
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
