/**
 * Where the site lives. GitHub Pages serves a project site under `/<repo>/`, a local build under `/`;
 * both come from the environment so one build script serves both (see README "BASE_PATH").
 */

/** Normalises a base path to the form Astro expects: leading and trailing slash, `/` for empty. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `SITE_URL` without a trailing slash; the default keeps canonical URLs valid on a local preview. */
export function normaliseSite(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  return value.replace(/\/+$/, '');
}

/**
 * Prefixes a site-internal, root-relative path (`/services/`) with the base path.
 * Everything else (relative links, `#hash`, other origins, `mailto:`) is returned untouched, and a path that
 * already carries the base is not prefixed twice.
 */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (base === '/') return href;
  const prefix = base.replace(/\/$/, '');
  if (href === prefix || href.startsWith(base)) return href;
  return `${prefix}${href}`;
}
