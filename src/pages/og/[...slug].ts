import { getCollection } from 'astro:content';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OGImageRoute } from 'astro-og-canvas';
import { cardKey } from '~/site/social-card.ts';

/**
 * One social card per page and language, drawn at build time by astro-og-canvas (Skia in WebAssembly, no browser,
 * no service): `<base>og/<key>.png`, 1200×630, the page's title and description in its own language.
 * The font is Noto Sans JP from npm (static TTFs, Latin included), so a fresh machine draws the same cards
 * without system fonts; astro-og-canvas caches the PNGs in node_modules/.astro-og-canvas between builds.
 */
const fontDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/package.json'));
const fonts = [join(fontDir, '400Regular/NotoSansJP_400Regular.ttf'), join(fontDir, '700Bold/NotoSansJP_700Bold.ttf')];

const siteName = { ja: 'Kubernetes ネットワークノート', en: 'Kubernetes Networking Notes' };
const entries = await getCollection('docs');
const pages = Object.fromEntries(
  entries.map((entry) => {
    const lang = entry.id === 'en' || entry.id.startsWith('en/') ? 'en' : 'ja';
    return [cardKey(entry.id), { title: entry.data.title, description: entry.data.description, site: siteName[lang], lang }];
  }),
);

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getSlug: (key) => `${key}.png`,
  getImageOptions: (_key, page) => ({
    title: page.title,
    description: page.description ? `${page.description}\n\n${page.site}` : page.site,
    bgGradient: [
      [23, 37, 84],
      [30, 64, 175],
    ],
    border: { color: [96, 165, 250], width: 16, side: 'inline-start' },
    padding: 72,
    fonts,
    font: {
      title: { families: ['Noto Sans JP'], weight: 'Bold', size: 72, lineHeight: 1.25, color: [255, 255, 255] },
      description: { families: ['Noto Sans JP'], weight: 'Normal', size: 32, lineHeight: 1.5, color: [219, 234, 254] },
    },
  }),
});
