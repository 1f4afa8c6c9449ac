import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element as HastElement } from 'hast';
import { defineHastPlugin } from 'satteri';

/**
 * Heading anchor links named in the page's language. Starlight picks the language of a Markdown file from its path
 * under src/content/docs; pages here live in content/docs, so every page got the root locale's (Japanese) label,
 * English pages included. This plugin runs after Starlight's (it is registered by an integration listed after
 * Starlight's) and writes the label of `content/docs/<locale>/…` pages from that locale's src/content/i18n file.
 */
export function anchorLabelsIntegration(locales: string[]): AstroIntegration {
  const templates = new Map(
    locales.map((locale) => {
      const strings = JSON.parse(readFileSync(new URL(`../content/i18n/${locale}.json`, import.meta.url), 'utf8'));
      return [locale, String(strings['heading.anchorLabel'])] as const;
    }),
  );
  const plugin = ({ fileURL }: { fileURL?: URL }) => {
    const path = fileURL ? fileURLToPath(fileURL).replaceAll('\\', '/') : '';
    const locale = [...templates.keys()].find((l) => path.includes(`/content/docs/${l}/`));
    if (!locale) return undefined;
    const template = templates.get(locale)!;
    return defineHastPlugin({
      name: 'k8s-notes-anchor-labels',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          if (!classList(node).includes('sl-anchor-link')) return;
          const heading = ctx.parent(node)?.children.find((c): c is HastElement => c.type === 'element' && /^h[1-6]$/.test(c.tagName));
          const label = node.children.find(
            (c): c is HastElement => c.type === 'element' && c.tagName === 'span' && classList(c).includes('sr-only'),
          );
          if (!heading || !label) return;
          const title = ctx.textContent(heading as never).trim();
          ctx.replaceNode(label as never, { ...label, children: [{ type: 'text', value: template.replace('{{title}}', title) }] } as never);
        },
      },
    });
  };
  return {
    name: 'k8s-notes-anchor-labels',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as unknown as { options?: { hastPlugins?: unknown[] } };
        if (!processor.options?.hastPlugins) throw new Error('anchorLabelsIntegration: the Markdown processor is not Sätteri');
        processor.options.hastPlugins.push(plugin);
      },
    },
  };
}

/** Class names of an element, whether written as hast's `className` array or as a `class` string (Starlight's). */
function classList(node: { properties?: Record<string, unknown> }): string[] {
  const value = node.properties?.className ?? node.properties?.class;
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/);
}
