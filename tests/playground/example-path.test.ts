import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXAMPLE,
  isPlaygroundFile,
  opensInPlayground,
  parseExampleParam,
  playgroundHref,
} from '../../src/playground/example-path.ts';

describe('the ?example= parameter', () => {
  it('opens the default example when absent or empty', () => {
    expect(parseExampleParam(null)).toEqual({ file: DEFAULT_EXAMPLE });
    expect(parseExampleParam('  ')).toEqual({ file: DEFAULT_EXAMPLE });
  });

  it.each(['netdemo/frontend-service.yaml', 'cni/10-flannel.conflist', 'kind/cluster.yaml', 'x.json', 'a/b.yml', 'c/10-x.conf'])(
    'accepts %s',
    (file) => expect(parseExampleParam(file)).toEqual({ file }),
  );

  it.each([
    '../package.json',
    'netdemo/../../secret.yaml',
    '/etc/passwd.yaml',
    'https://evil.example/x.yaml',
    '//evil.example/x.yaml',
    'netdemo\\frontend-service.yaml',
    '.hidden.yaml',
    'netdemo//frontend-service.yaml',
    'commands/expose.sh',
    'README.md',
    'netdemo/frontend service.yaml',
    `${'a/'.repeat(120)}x.yaml`,
  ])('rejects %s', (raw) => {
    expect(parseExampleParam(raw)).toEqual({ error: 'invalid', raw });
  });
});

describe('playground files and links', () => {
  it('knows which files it can validate', () => {
    expect(isPlaygroundFile('netdemo/namespace.yaml')).toBe(true);
    expect(isPlaygroundFile('cni/10-flannel.conflist')).toBe(true);
    expect(isPlaygroundFile('commands/get-service.sh')).toBe(false);
    expect(isPlaygroundFile('commands/get-service.out')).toBe(false);
  });

  it('opens Kubernetes manifests and CNI configs, not tool configs or commands', () => {
    expect(opensInPlayground('netdemo/namespace.yaml', 'apiVersion: v1\nkind: Namespace\n')).toBe(true);
    expect(opensInPlayground('cni/10-flannel.conflist', '{"cniVersion": "0.3.1"}')).toBe(true);
    expect(opensInPlayground('cni/bridge.json', '{\n  "cniVersion": "1.0.0"\n}')).toBe(true);
    expect(opensInPlayground('kind/cluster.yaml', 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n')).toBe(false);
    expect(opensInPlayground('commands/expose.sh', 'kubectl expose deployment frontend\n')).toBe(false);
    expect(opensInPlayground('notes.yaml', 'just: text\n')).toBe(false);
  });

  it('links to the playground of the page language, without the base (link() adds it)', () => {
    expect(playgroundHref('netdemo/frontend-service.yaml', 'ja')).toBe('/playground/?example=netdemo/frontend-service.yaml');
    expect(playgroundHref('cni/10-flannel.conflist', 'en')).toBe('/en/playground/?example=cni/10-flannel.conflist');
  });

  it('reads the locale as the UI strings do (uiLang): a regional English is English, anything else the root locale', () => {
    expect(playgroundHref('a.yaml', 'en-US')).toBe('/en/playground/?example=a.yaml');
    expect(playgroundHref('a.yaml', 'EN')).toBe('/en/playground/?example=a.yaml');
    expect(playgroundHref('a.yaml', 'ja-JP')).toBe('/playground/?example=a.yaml');
    expect(playgroundHref('a.yaml', 'fr')).toBe('/playground/?example=a.yaml');
  });
});
