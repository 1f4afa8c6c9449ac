import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDate } from './git-dates.ts';
import { withBase } from './paths.ts';
import { japaneseTwinPath, staleTranslationBanner, translationStatus } from './translation-status.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // "Last updated" from git: Starlight finds commit dates only under src/content/docs (src/site/git-dates.ts).
  if (route.entry.filePath && route.entry.data.lastUpdated !== false && !route.lastUpdated) {
    route.lastUpdated = lastCommitDate(route.entry.filePath);
  }
  // An English page whose Japanese source changed since it was translated says so (src/site/translation-status.ts).
  const status = route.entry.filePath ? translationStatus(route.entry.filePath, route.entry.data.translatedFrom) : undefined;
  if (status?.stale && !route.entry.data.banner) {
    route.entry.data.banner = { content: staleTranslationBanner(withBase(japaneseTwinPath(route.id), import.meta.env.BASE_URL)) };
  }
  // The 404 page is served at whatever URL was missing, so it has no canonical URL and no translations:
  // Starlight would otherwise point canonical, hreflang and og:url at a `/404/` that does not exist.
  if (!/\/404(\/|\.html)?$/.test(context.url.pathname)) return;
  route.head = route.head.filter(
    ({ tag, attrs }) =>
      !(tag === 'link' && (attrs?.rel === 'canonical' || (attrs?.rel === 'alternate' && attrs?.hreflang))) &&
      !(tag === 'meta' && attrs?.property === 'og:url'),
  );
});
