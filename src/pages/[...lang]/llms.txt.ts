import type { APIRoute } from 'astro';
import { llmsTxt } from '~/site/llms-txt.ts';

/** `<base>llms.txt` (ja) and `<base>en/llms.txt`: src/site/llms-txt.ts. */
export function getStaticPaths() {
  return [{ params: { lang: undefined } }, { params: { lang: 'en' } }];
}

export const GET: APIRoute = async ({ params, site }) =>
  new Response(`${await llmsTxt(params.lang === 'en' ? 'en' : 'ja', site?.origin ?? '', import.meta.env.BASE_URL)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
