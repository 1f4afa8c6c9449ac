/**
 * How Pagefind ranks search results on this site: passed to Starlight (astro.config.mjs, `pagefind.ranking`), whose
 * search dialog hands it to Pagefind, and used by the recall test (tests/e2e/search.test.ts), so the test ranks as
 * the reader's dialog does. Parameters: https://pagefind.app/docs/ranking/.
 *
 * Starlight's own defaults are kept where they help here: a high termSimilarity (9), so that `network` ranks pages
 * that say "network" above pages that only say "NetworkPolicy" or `networking.k8s.io` (Pagefind matches every word
 * that starts with the query), termSaturation 2 and diacriticSimilarity 0.8. Its pageLength and termFrequency (0.1
 * each) are set back to Pagefind's defaults: at 0.1 a page ranks by its raw count of the word, so the longest pages
 * (the walkthrough, Services, NetworkPolicy) came first for words another page is about.
 */
export const SEARCH_RANKING = {
  pageLength: 0.75,
  termFrequency: 1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
} as const;
