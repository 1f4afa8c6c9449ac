import type { AstroGlobal } from 'astro';

/**
 * The page a component is rendered on and that page's language. Starlight's route data knows both, but reading it
 * throws outside Starlight's pages (the 404 page, a component in a plain Astro page), so Astro's own locale and URL
 * stand in there.
 */
export function pageContext(astro: AstroGlobal): { lang: string; page: string } {
  let route: { lang?: string; entry?: { filePath?: string } } | undefined;
  try {
    route = astro.locals.starlightRoute;
  } catch {
    route = undefined;
  }
  return { lang: route?.lang ?? astro.currentLocale ?? 'ja', page: route?.entry?.filePath ?? astro.url.pathname };
}
