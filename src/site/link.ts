import { withBase } from './paths.ts';

/** Base-aware internal link for components and `.astro` pages: `link('/en/services/')`. */
export function link(href: string): string {
  return withBase(href, import.meta.env.BASE_URL);
}
