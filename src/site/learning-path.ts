import { sidebar } from './sidebar.ts';

export interface PathStep {
  /** The ja page id (content/docs/<slug>.mdx), as in the sidebar. */
  slug: string;
  /** The sidebar label in the page's language. */
  label: string;
}

/** Not cards: the home page itself, and the walkthrough, which is the hero's main action ("start the hands-on"). */
const NOT_STEPS = new Set(['index', 'walkthrough']);

/**
 * The learning path on the home page: every page of the sidebar (src/site/sidebar.ts) in its order, so a new page
 * added to the sidebar becomes a card on the home page with no second list to keep in step.
 */
export function learningPath(lang: 'ja' | 'en'): PathStep[] {
  return sidebar.flatMap((group) =>
    group.items
      .filter((item) => !NOT_STEPS.has(item.slug))
      .map((item) => ({ slug: item.slug, label: lang === 'en' ? item.translations.en : item.label })),
  );
}
