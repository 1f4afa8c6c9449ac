import type { APIRoute } from 'astro';
import { llmsFullTxt } from '~/site/llms-txt.ts';

/** `<base>llms-full.txt` (ja) and `<base>en/llms-full.txt`: every page's Markdown copy (src/site/llms-txt.ts). */
export function getStaticPaths() {
  return [{ params: { lang: undefined } }, { params: { lang: 'en' } }];
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await llmsFullTxt(params.lang === 'en' ? 'en' : 'ja', site?.origin ?? '', import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
