import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { commandLines, transcript } from '../../src/examples/command-lines.ts';
import { listExampleFiles } from '../../src/examples/example-files.ts';
import { languageFor } from '../../src/examples/language.ts';
import { ExampleError, type ExampleProblem, loadExample } from '../../src/examples/load-example.ts';
import { isKubernetesManifest } from '../../src/examples/manifest.ts';
import { examplePath, exampleUrl } from '../../src/examples/urls.ts';
import { tempTree } from '../support/temp-tree.ts';

/** A throwaway examples folder, removed after the tests. */
const fixtures: string[] = [];
afterAll(() => {
  for (const root of fixtures) rmSync(root, { recursive: true, force: true });
});
function fixture(files: Record<string, string>): string {
  const root = tempTree('examples-', files);
  fixtures.push(root);
  return root;
}

const SH = '#!/usr/bin/env bash\n# List the Services.\nset -euo pipefail\n\nkubectl get service -n netdemo\n';
const OUT = 'NAME       TYPE\nfrontend   ClusterIP\n';

describe('loadExample', () => {
  it('shows the output of another platform for a variant, and fails when that output does not exist', () => {
    const KIND = 'NAME       TYPE\nfrontend   NodePort\n';
    const root = fixture({
      'commands/get.sh': SH,
      'commands/get.out': OUT,
      'commands/get.kind.out': KIND,
      'commands/alone.sh': SH,
      'a.yaml': 'a: 1\n',
    });
    expect(loadExample('commands/get.sh', { page: 'p.mdx', root, variant: 'kind' }).terminal?.output).toEqual({
      file: 'commands/get.kind.out',
      text: KIND,
    });
    expect(() => loadExample('commands/alone.sh', { page: 'p.mdx', root, variant: 'kind' })).toThrow(
      /<Example file="commands\/alone.sh"> on page p.mdx: variant="kind" needs .*commands\/alone.kind.out, which does not exist/,
    );
    expect(() => loadExample('a.yaml', { page: 'p.mdx', root, variant: 'kind' })).toThrow(/applies only to command files/);
  });

  it('reads a file exactly, with its language', () => {
    const root = fixture({ 'netdemo/svc.yaml': 'apiVersion: v1\r\nkind: Service\n' });
    const example = loadExample('netdemo/svc.yaml', { page: 'content/docs/services.mdx', root });
    expect(example).toEqual({ file: 'netdemo/svc.yaml', source: 'apiVersion: v1\r\nkind: Service\n', lang: 'yaml' });
  });

  it('pairs a command file with the expected output beside it', () => {
    const root = fixture({ 'commands/get.sh': SH, 'commands/get.out': OUT, 'commands/alone.sh': SH });
    const example = loadExample('commands/get.sh', { page: 'p.mdx', root });
    expect(example.terminal).toEqual({
      commands: ['kubectl get service -n netdemo'],
      output: { file: 'commands/get.out', text: OUT },
    });
    expect(loadExample('commands/alone.sh', { page: 'p.mdx', root }).terminal).toEqual({
      commands: ['kubectl get service -n netdemo'],
    });
  });

  it('shows scripts outside commands/ and setup/ whole, not as typed commands', () => {
    const root = fixture({ 'walkthrough.sh': SH, 'walkthrough.out': OUT, 'setup/alias.sh': '# a\nalias k=kubectl\n' });
    expect(loadExample('walkthrough.sh', { page: 'p.mdx', root }).terminal).toBeUndefined();
    expect(loadExample('setup/alias.sh', { page: 'p.mdx', root }).terminal).toEqual({ commands: ['alias k=kubectl'] });
  });

  it('fails for a missing file, naming the page and the path', () => {
    const root = fixture({});
    expect(() => loadExample('netdemo/nope.yaml', { page: 'content/docs/en/services.mdx', root })).toThrow(
      new ExampleError(`<Example file="netdemo/nope.yaml"> on page content/docs/en/services.mdx: no such file ${root}/netdemo/nope.yaml`),
    );
  });

  it('refuses paths outside the examples folder', () => {
    const root = fixture({ 'a.yaml': 'x: 1\n' });
    for (const file of ['../package.json', '/etc/passwd', 'netdemo/../a.yaml', 'netdemo\\a.yaml', '']) {
      expect(() => loadExample(file, { page: 'p.mdx', root })).toThrow(/on page p\.mdx: .* is not a plain path inside/);
    }
  });

  it('fails when validation found errors in the file or its output, listing them with positions', () => {
    const root = fixture({ 'commands/get.sh': SH, 'commands/get.out': OUT, 'other.yaml': 'a: 1\n' });
    const problem = (file: string, severity: 'error' | 'warning'): ExampleProblem => ({
      file,
      line: 2,
      column: 12,
      ruleId: 'output/column',
      severity,
      message: 'TYPE does not match',
    });
    // Warnings and errors in other files do not stop this example.
    expect(() =>
      loadExample('commands/get.sh', {
        page: 'p.mdx',
        root,
        problems: [problem(`${root}/commands/get.out`, 'warning'), problem(`${root}/other.yaml`, 'error')],
      }),
    ).not.toThrow();
    expect(() =>
      loadExample('commands/get.sh', { page: 'content/docs/services.mdx', root, problems: [problem(`${root}/commands/get.out`, 'error')] }),
    ).toThrow(
      `<Example file="commands/get.sh"> on page content/docs/services.mdx: ${root}/commands/get.sh fails validation:\n` +
        `  ${root}/commands/get.out:2:12: error output/column: TYPE does not match`,
    );
  });
});

describe('commandLines and transcript', () => {
  it('keeps only what a reader types', () => {
    expect(
      commandLines('#!/usr/bin/env bash\n# note\nset -euo pipefail\n\nkubectl a \\\n  --b\n  # indented comment\nkubectl c\n'),
    ).toEqual(['kubectl a \\', '  --b', 'kubectl c']);
  });

  it('prompts each command once, continuation lines unprompted, then the output', () => {
    expect(transcript(['kubectl a \\', '  --b', 'kubectl c'], 'NAME\nx\n')).toBe('$ kubectl a \\\n  --b\n$ kubectl c\nNAME\nx');
  });
});

describe('languageFor', () => {
  it.each([
    ['netdemo/a.yaml', 'yaml'],
    ['a.yml', 'yaml'],
    ['cni/10-flannel.conflist', 'json'],
    ['x.json', 'json'],
    ['commands/a.sh', 'bash'],
    ['commands/a.out', 'text'],
    ['README.md', 'md'],
    ['LICENSE', 'text'],
    ['dir.v2/file', 'text'],
  ])('%s → %s', (file, lang) => expect(languageFor(file)).toBe(lang));
});

describe('published example URLs', () => {
  it('puts examples under the base path, absolute with the site', () => {
    expect(examplePath('netdemo/a.yaml', '/')).toBe('/examples/netdemo/a.yaml');
    expect(examplePath('netdemo/a.yaml', '/k8s-network-notes/')).toBe('/k8s-network-notes/examples/netdemo/a.yaml');
    expect(exampleUrl('netdemo/a.yaml', '/k8s-network-notes/', 'https://example.github.io')).toBe(
      'https://example.github.io/k8s-network-notes/examples/netdemo/a.yaml',
    );
    expect(exampleUrl('netdemo/a.yaml', '/', undefined)).toBeUndefined();
  });

  it('offers kubectl apply only for Kubernetes manifests', () => {
    expect(isKubernetesManifest('a.yaml', 'apiVersion: v1\nkind: Service\n')).toBe(true);
    expect(isKubernetesManifest('a.json', '{\n  "apiVersion": "v1",\n  "kind": "Service"\n}\n')).toBe(true);
    expect(isKubernetesManifest('kind/cluster.yaml', 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n')).toBe(false);
    expect(isKubernetesManifest('cni/a.conflist', '{"cniVersion":"1.0.0"}')).toBe(false);
    expect(isKubernetesManifest('a.sh', 'apiVersion: v1\nkind: Service\n')).toBe(false);
  });
});

describe('listExampleFiles', () => {
  it('lists every file, nested and dotfiles too, as sorted POSIX paths', () => {
    const root = fixture({ 'b/c/d.yaml': '', 'a.sh': '', '.hidden': '' });
    expect(listExampleFiles(root)).toEqual(['.hidden', 'a.sh', 'b/c/d.yaml']);
  });
});
