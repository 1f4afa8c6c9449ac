import { anchors } from './html.ts';

/**
 * External links (to any origin but the site's) must carry rel="noopener", so an opened page never gets a
 * handle on this one. Returns one message per offending link.
 */
export function checkExternalLinks(html: string, siteOrigin: string): string[] {
  const problems: string[] = [];
  for (const anchor of anchors(html)) {
    if (!/^(https?:)?\/\//i.test(anchor.href)) continue;
    const url = new URL(anchor.href, siteOrigin);
    if (url.origin === new URL(siteOrigin).origin) continue;
    const rel = anchor.rel.toLowerCase().split(/\s+/);
    if (!rel.includes('noopener')) problems.push(`external link without rel="noopener": ${anchor.href}`);
  }
  return problems;
}
