import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

export const collections = {
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
