import type { Page } from 'playwright-core';

/**
 * Which theme's colours each diagram on the page is painted in, as the browser resolved them: for every
 * `light-dark(<light>, <dark>)` pair in a diagram's inline styles, the computed value of that property is
 * compared with both colours. A figure reads 'light' or 'dark' when every pair resolved to that side,
 * 'mixed' when they disagree, and 'none' when it has no theme-dependent colour at all.
 */
export function diagramThemes(page: Page): Promise<string[]> {
  return page.locator('figure.diagram').evaluateAll((figures) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    // The browser's own serialisation of a colour, to compare with getComputedStyle's.
    const canonical = (colour: string) => {
      probe.style.color = '';
      probe.style.color = colour;
      return getComputedStyle(probe).color;
    };
    const result = figures.map((figure) => {
      const sides = new Set<string>();
      for (const element of figure.querySelectorAll('[style*="light-dark("]')) {
        const style = element.getAttribute('style') ?? '';
        for (const [, property, light, dark] of style.matchAll(/([\w-]+):\s*light-dark\(([^,()]+),\s*([^,()]+)\)/g)) {
          const got = getComputedStyle(element).getPropertyValue(property!);
          sides.add(got === canonical(light!) ? 'light' : got === canonical(dark!) ? 'dark' : `other(${property}: ${got})`);
        }
      }
      return sides.size === 0 ? 'none' : sides.size === 1 ? [...sides][0]! : 'mixed';
    });
    probe.remove();
    return result;
  });
}
