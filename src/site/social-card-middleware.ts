import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { CARD_HEIGHT, CARD_WIDTH, cardPath } from './social-card.ts';

/**
 * Every page names its social card (src/pages/og/[...slug].ts) as an absolute URL under the base path, which is
 * what Open Graph requires. Starlight already writes og:title, og:description and twitter:card
 * (summary_large_image); the 404 page, served at any missing URL, gets no card.
 */
export const onRequest = defineRouteMiddleware((context) => {
  if (/\/404(\/|\.html)?$/.test(context.url.pathname) || !context.site) return;
  const route = context.locals.starlightRoute;
  const image = new URL(cardPath(route.id, import.meta.env.BASE_URL), context.site).href;
  const meta = (property: string, content: string) => ({ tag: 'meta' as const, attrs: { property, content } });
  route.head.push(
    meta('og:image', image),
    meta('og:image:type', 'image/png'),
    meta('og:image:width', String(CARD_WIDTH)),
    meta('og:image:height', String(CARD_HEIGHT)),
    meta('og:image:alt', route.entry.data.title),
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
  );
});
