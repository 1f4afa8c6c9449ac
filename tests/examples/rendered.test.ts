import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, deepText, descendants, hasClass, readHtmlPages } from '../../scripts/quality/html-pages.ts';
import { commandLines } from '../../src/examples/command-lines.ts';
import { provenanceLabel, provenanceOf } from '../../src/examples/output-provenance.ts';
import { columns, PHONE_COLUMNS } from '../../src/integrations/focusable-code.ts';
import { transcriptCommands } from '../../src/integrations/transcript-copy.ts';
import { builtSite, PAGES_BASE, SITE_URL } from '../support/site.ts';

const text = deepText;

interface Rendered {
  page: string;
  file: string;
  /** The expected output shown with a command file (`<name>.out`, or `<name>.kind.out` for a variant). */
  output: string | undefined;
  /** The provenance label shown beside the output. */
  provenance: string | undefined;
  title: string | undefined;
  copied: string | undefined;
  copyLabel: string | undefined;
  shown: string;
  downloads: string[];
  apply: string | undefined;
  style: string | undefined;
  focusable: boolean;
}

describe('<Example> in the built site', () => {
  let rendered: Rendered[];
  beforeAll(async () => {
    const dist = await builtSite(PAGES_BASE);
    rendered = readHtmlPages(dist).flatMap((page) =>
      page.elements
        .filter((element) => element.tagName === 'figure' && hasClass(element, 'k8s-example'))
        .map((figure) => {
          const inside = descendants(figure);
          const button = inside.find((e) => e.tagName === 'button' && attr(e, 'data-code') !== undefined);
          return {
            page: page.file,
            file: attr(figure, 'data-example')!,
            output: attr(figure, 'data-output'),
            provenance: inside.filter((e) => attr(e, 'data-provenance') !== undefined).map(text)[0],
            title: inside.find((e) => hasClass(e, 'title')) && text(inside.find((e) => hasClass(e, 'title'))!),
            // The copy script turns U+007F back into newlines.
            copied: button && attr(button, 'data-code')!.replace(/\u007f/g, '\n'),
            copyLabel: button && attr(button, 'title'),
            shown: inside
              .filter((e) => hasClass(e, 'ec-line'))
              // An empty line is rendered with a newline in it.
              .map((line) => text(line).replace(/\n$/, ''))
              .join('\n'),
            downloads: inside.filter((e) => e.tagName === 'a' && attr(e, 'download') !== undefined).map((e) => attr(e, 'href')!),
            apply: inside.filter((e) => hasClass(e, 'k8s-example-apply')).map(text)[0],
            style: attr(figure, 'style'),
            focusable: inside.some((e) => e.tagName === 'pre' && attr(e, 'tabindex') === '0' && attr(e, 'role') === 'region'),
          };
        }),
    );
  });

  it('renders examples on pages of both languages', () => {
    expect(rendered.some((r) => r.page.startsWith('en/'))).toBe(true);
    expect(rendered.some((r) => !r.page.startsWith('en/'))).toBe(true);
  });

  it('titles each example with its file name and links the published file for download', () => {
    for (const r of rendered) {
      expect(r.title, `${r.page} ${r.file}`).toBe(r.file);
      expect(r.downloads[0], `${r.page} ${r.file}`).toBe(`${PAGES_BASE}examples/${r.file}`);
      if (r.file.startsWith('commands/') && r.downloads.length > 1) {
        expect([r.file.replace(/\.sh$/, '.out'), r.file.replace(/\.sh$/, '.kind.out')]).toContain(r.output);
        expect(r.downloads[1]).toBe(`${PAGES_BASE}examples/${r.output}`);
      }
    }
  });

  it('labels every output with its provenance in the page language, and nothing else', () => {
    const withOutput = rendered.filter((r) => r.output !== undefined);
    expect(withOutput.some((r) => r.output!.endsWith('.kind.out'))).toBe(true);
    for (const r of rendered) {
      const lang = r.page.startsWith('en/') ? 'en' : 'ja';
      const expected = r.output === undefined ? undefined : provenanceLabel(provenanceOf(r.output), lang);
      expect(r.provenance, `${r.page} ${r.file}`).toBe(expected);
    }
    expect(withOutput.some((r) => r.provenance?.endsWith('・ノートから'))).toBe(true);
    expect(withOutput.some((r) => r.provenance?.endsWith(' · hand-written, kubectl 1.36 format'))).toBe(true);
  });

  it('copies exactly what a reader needs: a file whole, a command file as its commands (never the output)', () => {
    for (const r of rendered) {
      const source = readFileSync(`examples/${r.file}`, 'utf8');
      const expected = /^(commands|setup)\/.+\.sh$/.test(r.file) ? commandLines(source).join('\n') : source.replace(/\n$/, '');
      expect(r.copied, `${r.page} ${r.file}`).toBe(expected);
    }
  });

  it('shows a command file with an output as a transcript: prompt, command, expected output', () => {
    const transcripts = rendered.filter((r) => r.downloads.length > 1);
    expect(transcripts.length).toBeGreaterThan(10);
    for (const r of transcripts) {
      const output = readFileSync(`examples/${r.output}`, 'utf8').replace(/\n$/, '');
      const commands = commandLines(readFileSync(`examples/${r.file}`, 'utf8'));
      expect(r.shown, `${r.page} ${r.file}`).toBe(`${commands.map((c) => `$ ${c}`).join('\n')}\n${output}`);
    }
  });

  it('sizes the off-screen placeholder of each code block by the number of lines it shows', () => {
    // content-visibility skips off-screen blocks; a wrong count makes the page jump as they come into view.
    for (const r of rendered) {
      expect(r.style, `${r.page} ${r.file}`).toBe(`--k8s-example-lines: ${r.shown.split('\n').length}`);
    }
  });

  it('makes a block that may scroll sideways on a phone keyboard-focusable before it is ever laid out', () => {
    const wide = rendered.filter((r) => Math.max(...r.shown.split('\n').map(columns)) > PHONE_COLUMNS);
    expect(wide.length).toBeGreaterThan(0);
    expect(wide.length).toBeLessThan(rendered.length);
    for (const r of rendered) expect(r.focusable, `${r.page} ${r.file}`).toBe(wide.includes(r));
  });

  it('offers `kubectl apply -f <published URL>` for manifests, with the site and base', () => {
    const manifest = rendered.find((r) => r.file === 'netdemo/frontend-deployment.yaml');
    expect(manifest?.apply).toContain(`kubectl apply -f ${SITE_URL}${PAGES_BASE}examples/netdemo/frontend-deployment.yaml`);
    expect(rendered.find((r) => r.file === 'kind/cluster.yaml')?.apply).toBeUndefined();
  });

  it('labels the copy button in the page language', () => {
    for (const r of rendered) {
      expect(r.copyLabel, `${r.page} ${r.file}`).toBe(r.page.startsWith('en/') ? 'Copy to clipboard' : 'クリップボードにコピー');
    }
  });
});

describe('transcriptCommands', () => {
  it('keeps prompted commands and their continuation lines, drops the output', () => {
    expect(transcriptCommands('$ kubectl a \\\n  --b\nNAME\n$ kubectl c\nx $ y\n')).toBe('kubectl a \\\n  --b\nkubectl c');
  });
});

describe('columns', () => {
  it('counts full-width characters as two monospace columns', () => {
    expect(columns('kubectl get svc')).toBe(15);
    expect(columns('# ポート')).toBe(2 + 6);
    expect(columns('')).toBe(0);
  });
});
