import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * The 404 page is served at whatever URL was missing, so it has no canonical URL and no translations:
 * Starlight would otherwise point canonical, hreflang and og:url at a `/404/` that does not exist.
 */
export const onRequest = defineRouteMiddleware((context) => {
  if (!/\/404(\/|\.html)?$/.test(context.url.pathname)) return;
  const route = context.locals.starlightRoute;
  route.head = route.head.filter(
    ({ tag, attrs }) =>
      !(tag === 'link' && (attrs?.rel === 'canonical' || (attrs?.rel === 'alternate' && attrs?.hreflang))) &&
      !(tag === 'meta' && attrs?.property === 'og:url'),
  );
});
