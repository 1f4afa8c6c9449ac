import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExampleError } from '../../src/examples/load-example.ts';
import { markdownPath, pageMarkdown, pagePath } from '../../src/site/markdown-copy.ts';

const site = 'https://example.github.io';
const base = '/k8s-network-notes/';
const page = (body: string) => ({
  id: 'en/services',
  title: 'Services',
  description: 'About Services.',
  body,
  filePath: 'content/docs/en/services.mdx',
});

describe('Markdown copy of a page', () => {
  it('names the copy and the page under the base, the home pages included', () => {
    expect(markdownPath('services', base)).toBe('/k8s-network-notes/services.md');
    expect(markdownPath('index', base)).toBe('/k8s-network-notes/index.md');
    expect(markdownPath('', base)).toBe('/k8s-network-notes/index.md');
    expect(markdownPath('en', '/')).toBe('/en/index.md');
    expect(pagePath('en/services', base)).toBe('/k8s-network-notes/en/services/');
    expect(pagePath('index', '/')).toBe('/');
  });

  it('inlines an example as a fenced block of the file text, and a command variant with its output', () => {
    const markdown = pageMarkdown(
      page(
        'import Example from \'~/components/Example.astro\';\n\nText.\n\n<Example file="netdemo/frontend-service.yaml" />\n\n<Example file="commands/check-database-blocked.sh" variant="kind" />\n',
      ),
      site,
      base,
    );
    const manifest = readFileSync('examples/netdemo/frontend-service.yaml', 'utf8').trimEnd();
    const command = readFileSync('examples/commands/check-database-blocked.sh', 'utf8').trimEnd();
    const output = readFileSync('examples/commands/check-database-blocked.kind.out', 'utf8').trimEnd();
    const fence = '```';
    expect(markdown).toContain(`${fence}yaml title="examples/netdemo/frontend-service.yaml"\n${manifest}\n${fence}`);
    expect(markdown).toContain(`title="examples/commands/check-database-blocked.sh"\n${command}\n`);
    expect(markdown).toContain(`title="examples/commands/check-database-blocked.kind.out"\n${output}\n`);
    expect(markdown).not.toMatch(/^import |<Example/m);
    expect(markdown.startsWith('# Services\n\n> About Services.\n\nhttps://example.github.io/k8s-network-notes/en/services/\n')).toBe(true);
  });

  it('makes site links absolute under the base and leaves other links alone', () => {
    const markdown = pageMarkdown(page('See [Pods](/en/pod-networking/) and [k8s](https://kubernetes.io/).'), site, base);
    expect(markdown).toContain('[Pods](https://example.github.io/k8s-network-notes/en/pod-networking/)');
    expect(markdown).toContain('[k8s](https://kubernetes.io/)');
  });

  it('fails the build on an example that does not exist, naming the page', () => {
    expect(() => pageMarkdown(page('<Example file="netdemo/missing.yaml" />'), site, base)).toThrow(ExampleError);
    expect(() => pageMarkdown(page('<Example file="netdemo/missing.yaml" />'), site, base)).toThrow(/content\/docs\/en\/services\.mdx/);
  });
});
