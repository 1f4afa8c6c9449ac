import { withBase } from '../site/paths.ts';

/** Where an example file is published in the built site: `<base>examples/<file>` (site-relative). */
export function examplePath(file: string, base: string): string {
  return withBase(`/examples/${file}`, base);
}

/**
 * The absolute URL of a published example, for `kubectl apply -f <url>`. Needs the site's origin (`site` in the
 * Astro config); without one there is no absolute URL to give.
 */
export function exampleUrl(file: string, base: string, site: URL | string | undefined): string | undefined {
  if (!site) return undefined;
  return new URL(examplePath(file, base), site).href;
}
