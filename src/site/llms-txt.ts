import { getCollection } from 'astro:content';
import { type MarkdownPage, markdownPath, pageLang, pageMarkdown, pagePath } from './markdown-copy.ts';
import { sidebar } from './sidebar.ts';

/**
 * llms.txt and llms-full.txt for one language (llmstxt.org): the ja files at the base, the en files under en/.
 * llms.txt lists every page of the language with its URL and its Markdown copy; llms-full.txt is every page's
 * Markdown copy, in sidebar order.
 */

export type Lang = 'ja' | 'en';

const SITE = {
  ja: {
    title: 'Kubernetes ネットワークノート',
    summary:
      'Kubernetesのネットワーク(Pod、CNI、Service、exposeとport-forward)を手を動かして学ぶノート。例はすべて検証済みのファイルです。',
    pages: 'ページ',
    other: 'English version',
  },
  en: {
    title: 'Kubernetes Networking Notes',
    summary: 'Kubernetes networking, learned by doing: Pods, CNI, Services, expose and port-forward. Every example is a validated file.',
    pages: 'Pages',
    other: '日本語版',
  },
} as const;

/** The language's pages in sidebar order (then any page the sidebar does not name, by id). */
export async function languagePages(lang: Lang): Promise<MarkdownPage[]> {
  const entries = (await getCollection('docs')).filter((entry) => pageLang(entry.id) === lang);
  const order: string[] = sidebar.flatMap((group) => group.items.map((item) => item.slug));
  const rank = (id: string) => {
    const slug = lang === 'en' ? id.replace(/^en\/?/, '') || 'index' : id;
    const at = order.indexOf(slug);
    return at === -1 ? order.length : at;
  };
  return entries
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
    .map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      body: entry.body ?? '',
      filePath: entry.filePath ?? entry.id,
    }));
}

export async function llmsTxt(lang: Lang, site: string, base: string): Promise<string> {
  const origin = site.replace(/\/$/, '');
  const text = SITE[lang];
  const pages = await languagePages(lang);
  const lines = pages.map((page) => {
    const description = page.description ? `: ${page.description}` : '';
    return `- [${page.title}](${origin}${pagePath(page.id, base)})${description} (Markdown: ${origin}${markdownPath(page.id, base)})`;
  });
  const full = `${origin}${base}${lang === 'en' ? 'en/' : ''}llms-full.txt`;
  const other = `${origin}${base}${lang === 'en' ? '' : 'en/'}llms.txt`;
  return [
    `# ${text.title}`,
    `> ${text.summary}`,
    `## ${text.pages}`,
    lines.join('\n'),
    '## Optional',
    `- [llms-full.txt](${full})\n- [${text.other}](${other})`,
  ].join('\n\n');
}

export async function llmsFullTxt(lang: Lang, site: string, base: string): Promise<string> {
  const pages = await languagePages(lang);
  return pages.map((page) => pageMarkdown(page, site, base)).join('\n---\n\n');
}
