// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { normaliseBase, normaliseSite } from './src/site/paths.ts';
import { baseLinksPlugin } from './src/site/base-links.ts';
import { diagramsIntegration, mermaidDiagrams } from './src/diagrams/index.ts';
import { sidebar } from './src/site/sidebar.ts';
import { publishExamples } from './src/integrations/publish-examples.ts';

// GitHub Pages: SITE_URL=https://<owner>.github.io BASE_PATH=/<repo>/ (set by .github/workflows/deploy.yml).
const site = normaliseSite(process.env.SITE_URL);
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The playground's validation worker lazy-loads one precompiled schema chunk per kind: ES module workers only.
  vite: { worker: { format: 'es' } },
  markdown: {
    // mermaidDiagrams: ```mermaid fences → inline light/dark SVG from the committed cache (src/diagrams/README.md).
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base), mermaidDiagrams()] }),
  },
  integrations: [
    diagramsIntegration(),
    starlight({
      title: { ja: 'Kubernetes ネットワークノート', en: 'Kubernetes Networking Notes' },
      description: 'Kubernetes networking, learned by doing: Pods, CNI, Services, expose and port-forward.',
      defaultLocale: 'root',
      locales: {
        root: { label: '日本語', lang: 'ja' },
        en: { label: 'English', lang: 'en' },
      },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/diagrams.css', './src/styles/examples.css'],
      // Pages live in ./content/docs; without this, asides and heading anchors are not processed there.
      markdown: { processedDirs: ['./content/docs'] },
      sidebar,
      // src/pages/404.astro: one bilingual page, since GitHub Pages serves a single 404.html.
      disable404Route: true,
      routeMiddleware: './src/site/route-middleware.ts',
    }),
    // examples/ → <base>examples/… byte for byte, so `kubectl apply -f <site URL>` works (and in astro dev).
    publishExamples(),
  ],
});
