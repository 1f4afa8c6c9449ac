import { readFileSync } from 'node:fs';
import { translationHash } from '../translations/translation-hash.ts';

export interface TranslationStatus {
  /** The ja source the en page translates (content/docs/<slug>.mdx). */
  sourceFile: string;
  /** The hash of that source now, and the one the en page was translated from. */
  current: string;
  translatedFrom: string | undefined;
  stale: boolean;
}

/**
 * Whether an en page (content/docs/en/<slug>.mdx) still matches the revision of its ja page it was translated from
 * (`translatedFrom`, src/translations/translation-hash.ts). The translation-freshness test fails on a stale page; a maintainer
 * who publishes anyway gets a banner on it instead of an English page that silently says less than the Japanese.
 * Undefined for pages that are not translations.
 */
export function translationStatus(
  filePath: string,
  translatedFrom: string | undefined,
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): TranslationStatus | undefined {
  const match = /(^|\/)content\/docs\/en\/(.+\.mdx?)$/.exec(filePath.replaceAll('\\', '/'));
  if (!match) return undefined;
  const sourceFile = filePath.replaceAll('\\', '/').replace(/content\/docs\/en\//, 'content/docs/');
  let source: string;
  try {
    source = read(sourceFile);
  } catch {
    return undefined;
  }
  const current = translationHash(source);
  return { sourceFile, current, translatedFrom, stale: current !== translatedFrom };
}

/** The banner's HTML (Starlight's `banner.content`), linking to the Japanese page. */
export function staleTranslationBanner(japaneseHref: string): string {
  return (
    'This English page may be behind the Japanese original, which has changed since it was translated. ' +
    `<a href="${japaneseHref}" hreflang="ja">Read the Japanese page</a> for the current text.`
  );
}

/** The Japanese twin of an en route id ('en' → '/', 'en/cni' → '/cni/'), before the base path. */
export function japaneseTwinPath(routeId: string): string {
  const slug = routeId.replace(/^en(\/|$)/, '');
  return slug ? `/${slug}/` : '/';
}
