// @ts-check

import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { anchorLabelsIntegration } from './src/integrations/anchor-labels.ts';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { diagramsIntegration, mermaidDiagrams } from './src/integrations/diagrams.ts';
import { externalLinksPlugin } from './src/integrations/external-links.ts';
import { glossaryTermsPlugin } from './src/integrations/glossary-terms.ts';
import { inlineCodePlugin } from './src/integrations/inline-code.ts';
import { LANGUAGE_SWITCH_PATCH } from './src/integrations/language-switch-patch.ts';
import { publishExamples } from './src/integrations/publish-examples.ts';
import { scrollableTablesPlugin } from './src/integrations/scrollable-tables.ts';
import { SEARCH_PATCH } from './src/integrations/search-patch.ts';
import { starlightPatches } from './src/integrations/starlight-patch.ts';
import { TOC_PATCH } from './src/integrations/toc-patch.ts';
import { cspConfig } from './src/site/csp.ts';
import { editLinkBase } from './src/site/git-dates.ts';
import { normaliseBase, normaliseSite } from './src/site/paths.ts';
import { SEARCH_RANKING } from './src/site/search-ranking.ts';
import { sidebar } from './src/site/sidebar.ts';

// GitHub Pages: SITE_URL=https://<owner>.github.io BASE_PATH=/<repo>/ (set by .github/workflows/deploy.yml).
const site = normaliseSite(process.env.SITE_URL);
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Strict CSP (hash-only scripts, same-origin only): see src/site/csp.ts.
  security: { csp: cspConfig() },
  // Every stylesheet as a file under 'self': Astro's CSP does not hash component <style> blocks that it inlines
  // into pages rendered from content collections, so inlined styles would be blocked.
  build: { inlineStylesheets: 'never' },
  // Starlight turns on prefetching of every link on hover; its script walks every link of the page at load,
  // a main-thread task Lighthouse counted against each page (tests/quality/README.md). Pages here are small
  // static files, so a click loads fast enough without it.
  prefetch: false,
  // The playground's validation worker lazy-loads one precompiled schema chunk per kind: ES module workers only.
  // starlightPatches: Starlight's table of contents finds its targets without a slow `:has()` query, and its search
  // starts Pagefind's UI when the reader reaches for it, not at load, and its language picker drops a fragment the
  // translation does not have (src/integrations/starlight-patch.ts).
  vite: { worker: { format: 'es' }, plugins: [starlightPatches([TOC_PATCH, SEARCH_PATCH, LANGUAGE_SWITCH_PATCH])] },
  markdown: {
    // mermaidDiagrams: ```mermaid fences → inline SVG from the committed cache (src/diagrams/README.md).
    processor: satteri({
      mdastPlugins: [baseLinksPlugin(base), mermaidDiagrams()],
      hastPlugins: [externalLinksPlugin(site), inlineCodePlugin(), scrollableTablesPlugin(), glossaryTermsPlugin()],
    }),
  },
  integrations: [
    diagramsIntegration(),
    starlight({
      title: { ja: 'Kubernetesネットワークノート', en: 'Kubernetes Networking Notes' },
      description: 'Kubernetes networking, learned by doing: Pods, CNI, Services, expose and port-forward.',
      defaultLocale: 'root',
      locales: {
        root: { label: '日本語', lang: 'ja' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      // "Edit page" on GitHub (when built by GitHub Actions, or with EDIT_LINK_BASE) and "Last updated" from git.
      editLink: { baseUrl: editLinkBase() },
      lastUpdated: true,
      customCss: [
        './src/styles/diagrams.css',
        './src/styles/examples.css',
        './src/styles/header.css',
        './src/styles/typography.css',
        './src/styles/code.css',
        './src/styles/tables.css',
        './src/styles/print.css',
        './src/styles/home.css',
      ],
      // Pages live in ./content/docs; without this, asides and heading anchors are not processed there.
      markdown: { processedDirs: ['./content/docs'] },
      sidebar,
      // Starlight's search button with its visible text in its accessible name (WCAG 2.5.3): see the file.
      // PageTitle, Hero: the title, then a link to the page's Markdown copy (src/pages/[...slug].md.ts).
      components: {
        Search: './src/site/overrides/Search.astro',
        SiteTitle: './src/site/overrides/SiteTitle.astro',
        PageTitle: './src/site/overrides/PageTitle.astro',
        Hero: './src/site/overrides/Hero.astro',
      },
      // src/pages/404.astro: one bilingual page, since GitHub Pages serves a single 404.html.
      disable404Route: true,
      // Search ranking, shared with the recall test: see src/site/search-ranking.ts.
      pagefind: { ranking: SEARCH_RANKING },
      // social-card-middleware: each page's og:image (src/pages/og/[...slug].ts draws it).
      routeMiddleware: ['./src/site/route-middleware.ts', './src/site/social-card-middleware.ts'],
    }),
    // After Starlight: heading anchor labels in the language of each page (src/integrations/anchor-labels.ts).
    anchorLabelsIntegration(['en']),
    // examples/ → <base>examples/… byte for byte, so `kubectl apply -f <site URL>` works (and in astro dev).
    publishExamples(),
  ],
});
