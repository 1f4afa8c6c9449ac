import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  // Starlight UI strings (src/content/i18n/<lang>.json). en.json repeats Expressive Code's English labels: without
  // them the copy button on English pages is labelled in the root locale's Japanese.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  docs: defineCollection({
    // Pages live in the top-level `content/docs` (ja at the root, en/ beside it), not in src/.
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({
      extend: z.object({
        /** On en pages: content hash of the ja page this translation was made from (checked by tests). */
        translatedFrom: z.string().optional(),
      }),
    }),
  }),
};
