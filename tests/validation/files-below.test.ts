import { rmSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listExampleFiles } from '../../src/examples/example-files.ts';
import { filesBelow, HIDDEN_OR_PACKAGES } from '../../src/validation/files-below.ts';
import { referableFiles, walk } from '../../src/validation/read-files.ts';
import { tempTree } from '../support/temp-tree.ts';

const root = tempTree('files-below-', {
  'b.yaml': 'x',
  'B.yaml': 'x',
  'a/z.sh': 'x',
  'a/c/d.yaml': 'x',
  '.hidden': 'x',
  '.git/config': 'x',
  'node_modules/p/index.js': 'x',
  'notes.txt': 'x',
});
symlinkSync(join(root, 'a'), join(root, 'link'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const rel = (files: string[]) => files.map((file) => relative(root, file).split(sep).join('/'));

describe('filesBelow', () => {
  it('lists every regular file, name by name in code-unit order within each folder, without following links', () => {
    expect(rel(filesBelow(root))).toEqual([
      '.git/config',
      '.hidden',
      'B.yaml',
      'a/c/d.yaml',
      'a/z.sh',
      'b.yaml',
      'node_modules/p/index.js',
      'notes.txt',
    ]);
  });

  it('does not enter a skipped folder', () => {
    expect(rel(filesBelow(root, { skip: HIDDEN_OR_PACKAGES }))).toEqual(['B.yaml', 'a/c/d.yaml', 'a/z.sh', 'b.yaml', 'notes.txt']);
  });
});

describe('the walks built on it', () => {
  it('the validator walks only the files it validates, outside dot folders and node_modules', async () => {
    expect(rel(await walk(root))).toEqual(['B.yaml', 'a/c/d.yaml', 'a/z.sh', 'b.yaml']);
  });

  it('a command may name any visible file under the root; a missing root has none', async () => {
    expect(await referableFiles(root)).toEqual(['B.yaml', 'a/c/d.yaml', 'a/z.sh', 'b.yaml', 'notes.txt']);
    expect(await referableFiles(join(root, 'missing'))).toEqual([]);
  });

  it('the published example set counts dotfiles too', () => {
    expect(listExampleFiles(join(root, 'a'))).toEqual(['c/d.yaml', 'z.sh']);
    expect(listExampleFiles(root)).toContain('.hidden');
  });
});
