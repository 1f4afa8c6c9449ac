import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExampleFiles } from '../../src/examples/example-files.ts';
import { filesBelow } from '../../src/validation/files-below.ts';

// Pages show code only through <Example file="…"> (or link to a published example); never pasted into MDX.
const PAGES_DIR = 'content/docs';

function pageFiles(): string[] {
  return filesBelow(PAGES_DIR)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => relative('.', file).split(sep).join('/'))
    .sort();
}
const langOf = (page: string) => (page.startsWith(`${PAGES_DIR}/en/`) ? 'en' : 'ja');

/** Example files a page shows or links to. A command file brings its expected output (`.out`) with it. */
function referencedExamples(source: string): string[] {
  // `variant="kind"` shows the command's output on another platform: `<name>.kind.out` instead of `<name>.out`.
  const shown = [...source.matchAll(/<Example\s+file=(["'])([^"']+)\1(?:\s+variant=(["'])([^"']+)\3)?/g)].map((m) => ({
    file: m[2]!,
    output: m[4] ? m[2]!.replace(/\.sh$/, `.${m[4]}.out`) : m[2]!.replace(/\.sh$/, '.out'),
  }));
  const linked = [...source.matchAll(/\]\(\/examples\/([^)\s#?]+)\)|href=["']\/examples\/([^"'#?]+)["']/g)].map((m) => (m[1] ?? m[2])!);
  const withOutputs = shown.flatMap(({ file, output }) =>
    file.endsWith('.sh') && existsSync(`examples/${output}`) ? [file, output] : [file],
  );
  return [...withOutputs, ...linked];
}

/** Opening code fences with their info string, outside the ones they open and close. */
function codeFences(source: string): { line: number; info: string }[] {
  const fences: { line: number; info: string }[] = [];
  let open: { marker: string } | undefined;
  source.split('\n').forEach((text, index) => {
    const fence = /^\s{0,3}(`{3,}|~{3,})(.*)$/.exec(text);
    if (!fence) return;
    const [, marker, info] = fence;
    if (open) {
      if (marker!.startsWith(open.marker) && info!.trim() === '') open = undefined;
      return;
    }
    open = { marker: marker! };
    fences.push({ line: index + 1, info: info!.trim() });
  });
  return fences;
}

describe('pages and examples', () => {
  const pages = pageFiles();
  const sources = new Map(pages.map((page) => [page, readFileSync(page, 'utf8')]));

  it('finds pages in both languages', () => {
    expect(pages.filter((page) => langOf(page) === 'ja').length).toBeGreaterThan(0);
    expect(pages.filter((page) => langOf(page) === 'en').length).toBeGreaterThan(0);
  });

  it('references every example file from at least one page in each language', () => {
    const referenced = { ja: new Set<string>(), en: new Set<string>() };
    for (const [page, source] of sources) for (const file of referencedExamples(source)) referenced[langOf(page)].add(file);
    const files = listExampleFiles();
    const missing = {
      ja: files.filter((file) => !referenced.ja.has(file)),
      en: files.filter((file) => !referenced.en.has(file)),
    };
    expect(missing).toEqual({ ja: [], en: [] });
  });

  it('references only example files that exist', () => {
    const broken = [...sources].flatMap(([page, source]) =>
      referencedExamples(source)
        .filter((file) => !existsSync(`examples/${file}`))
        .map((file) => `${page}: ${file}`),
    );
    expect(broken).toEqual([]);
  });

  it('has no code pasted into a page: only ```mermaid fences, no <pre>, no <Code>', () => {
    const offences = [...sources].flatMap(([page, source]) => [
      ...codeFences(source)
        .filter((fence) => !/^mermaid(\s|$)/.test(fence.info))
        .map((fence) => `${page}:${fence.line}: code fence "${fence.info || '(no language)'}"`),
      ...source
        .split('\n')
        .flatMap((text, index) => (/<pre[\s>]|<Code[\s>/]/.test(text) ? [`${page}:${index + 1}: ${text.trim().slice(0, 60)}`] : [])),
    ]);
    expect(offences).toEqual([]);
  });
});

describe('the page checks themselves', () => {
  it('see fences of any kind but mermaid, and skip what is inside a fence', () => {
    const source = '```mermaid\nflowchart LR\n```\n\n~~~yaml\nkind: Pod\n```\nstill yaml\n~~~\n\n````\n```bash\n````\n';
    expect(codeFences(source)).toEqual([
      { line: 1, info: 'mermaid' },
      { line: 5, info: 'yaml' },
      { line: 11, info: '' },
    ]);
  });

  it('count a command file as showing its expected output, and links to published examples', () => {
    expect(referencedExamples('<Example file="commands/get-service.sh" />')).toEqual([
      'commands/get-service.sh',
      'commands/get-service.out',
    ]);
    expect(referencedExamples("<Example file='commands/edit-service.sh'/>")).toEqual(['commands/edit-service.sh']);
    expect(referencedExamples('<Example file="commands/check-database-blocked.sh" variant="kind" />')).toEqual([
      'commands/check-database-blocked.sh',
      'commands/check-database-blocked.kind.out',
    ]);
    expect(referencedExamples('[README](/examples/README.md) <a href="/examples/walkthrough.sh">x</a>')).toEqual([
      'README.md',
      'walkthrough.sh',
    ]);
  });
});
