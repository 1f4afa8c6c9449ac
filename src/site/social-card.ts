/**
 * Social cards: each page's Open Graph image, a PNG drawn at build time by src/pages/og/[...slug].ts.
 * The page (through src/site/social-card-middleware.ts) and the image route name the image by the same key.
 */

/** Size of every card, the one astro-og-canvas draws and the one Open Graph consumers crop to (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The card's key for a page: its slug without a trailing `index` (`en/services`, `en`), `index` for the home page.
 * Starlight's route id ('' for the home page) and the content entry id ('index') both come out the same.
 */
export function cardKey(slug: string): string {
  return slug.replace(/(^|\/)index$/, '') || 'index';
}

/** Site-relative path of a page's card under the base: `<base>og/<key>.png`. */
export function cardPath(slug: string, base: string): string {
  return `${base.replace(/\/?$/, '/')}og/${cardKey(slug)}.png`;
}
