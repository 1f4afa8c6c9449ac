import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { type MarkdownPage, markdownPath, pageMarkdown } from '~/site/markdown-copy.ts';

/** Each page's Markdown copy with its examples inlined: `<base>services.md`, `<base>en/index.md` (src/site/markdown-copy.ts). */
export async function getStaticPaths() {
  const entries = await getCollection('docs');
  return entries.map((entry) => {
    const page: MarkdownPage = {
      id: entry.id,
      title: entry.data.title,
      description: entry.data.description,
      body: entry.body ?? '',
      filePath: entry.filePath ?? entry.id,
    };
    return { params: { slug: markdownPath(entry.id, '/').slice(1, -'.md'.length) }, props: { page } };
  });
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(pageMarkdown(props.page as MarkdownPage, site?.origin ?? '', import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
