import { describe, expect, it } from 'vitest';
import { languageFor } from '../../src/examples/language.ts';
import { isKubernetesManifest } from '../../src/examples/manifest.ts';
import { isPlaygroundFile } from '../../src/playground/example-path.ts';
import { isCniConfig, looksLikeCni } from '../../src/validation/cni/detect.ts';
import { EXTENSIONS, extensionInfo, fileKindOf, isValidatedFile } from '../../src/validation/file-kind.ts';

describe('the extension table (src/validation/file-kind.ts)', () => {
  it.each([
    ['netdemo/a.yaml', 'manifest'],
    ['a.YML', 'manifest'],
    ['x.json', 'manifest'],
    ['cni/10-flannel.conflist', 'cni'],
    ['cni/10-bridge.conf', 'cni'],
    ['commands/a.sh', 'shell'],
    ['commands/a.out', 'output'],
    ['README.md', 'ignored'],
    ['examples/outputs.yaml', 'ignored'],
    ['<stdin>', 'manifest'],
    ['LICENSE', 'unsupported'],
    ['dir.v2/file', 'unsupported'],
    ['a.yaml.txt', 'unsupported'],
  ])('%s is a %s file', (file, kind) => expect(fileKindOf(file)).toBe(kind));

  it('knows an extension only at the end of the last path segment', () => {
    expect(extensionInfo('dir.yaml/file')).toBeUndefined();
    expect(extensionInfo('file')).toBeUndefined();
    expect(extensionInfo('a.constructor')).toBeUndefined();
    expect(extensionInfo('dir/.yaml')).toEqual({ kind: 'manifest', syntax: 'yaml' });
  });

  it('is the one answer every caller derives its own from', () => {
    for (const [extension, { kind, syntax }] of Object.entries(EXTENSIONS)) {
      const file = `dir/file${extension}`;
      expect(fileKindOf(file), file).toBe(kind);
      expect(isValidatedFile(file), file).toBe(kind !== 'ignored');
      expect(isPlaygroundFile(file), file).toBe(kind === 'manifest' || kind === 'cni');
      expect(languageFor(file), file).toBe({ yaml: 'yaml', json: 'json', shell: 'bash', text: 'text', markdown: 'md' }[syntax]);
      if (kind !== 'manifest') expect(isKubernetesManifest(file, 'apiVersion: v1\nkind: Namespace\n'), file).toBe(false);
    }
  });
});

describe('CNI detection (src/validation/cni/detect.ts)', () => {
  it('a parsed document is CNI when its object has cniVersion', () => {
    expect(looksLikeCni({ cniVersion: '1.0.0', plugins: [] })).toBe(true);
    expect(looksLikeCni({ apiVersion: 'v1', kind: 'ConfigMap' })).toBe(false);
    expect(looksLikeCni([{ cniVersion: '1.0.0' }])).toBe(false);
    expect(looksLikeCni(null)).toBe(false);
  });

  it('a file not parsed yet is CNI by extension, or a .json file naming cniVersion', () => {
    expect(isCniConfig('cni/10-flannel.conflist', '')).toBe(true);
    expect(isCniConfig('cni/10-bridge.CONF', '')).toBe(true);
    expect(isCniConfig('cni/bridge.json', '{\n  "cniVersion": "1.0.0"\n}')).toBe(true);
    expect(isCniConfig('netdemo/service.json', '{"apiVersion": "v1", "kind": "Service"}')).toBe(false);
    expect(isCniConfig('notes.yaml', '"cniVersion": "1.0.0"\n')).toBe(false);
  });
});
