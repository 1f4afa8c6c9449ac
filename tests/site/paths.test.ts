import { describe, expect, it } from 'vitest';
import { normaliseBase, normaliseSite, withBase } from '../../src/site/paths.ts';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['k8s-network-notes', '/k8s-network-notes/'],
    ['/k8s-network-notes', '/k8s-network-notes/'],
    ['/k8s-network-notes/', '/k8s-network-notes/'],
    ['  /a/b//  ', '/a/b/'],
  ])('%j → %j', (raw, expected) => expect(normaliseBase(raw)).toBe(expected));
});

describe('normaliseSite', () => {
  it('defaults to the local preview origin and drops trailing slashes', () => {
    expect(normaliseSite(undefined)).toBe('http://localhost:4321');
    expect(normaliseSite('https://example.github.io/')).toBe('https://example.github.io');
  });
});

describe('withBase', () => {
  const base = '/k8s-network-notes/';
  it('prefixes root-relative internal links', () => {
    expect(withBase('/services/', base)).toBe('/k8s-network-notes/services/');
    expect(withBase('/en/', base)).toBe('/k8s-network-notes/en/');
    expect(withBase('/', base)).toBe('/k8s-network-notes/');
    expect(withBase('/services/#clusterip', base)).toBe('/k8s-network-notes/services/#clusterip');
  });
  it('leaves relative links, fragments, other origins and already-based links alone', () => {
    for (const href of ['services/', '../cni/', '#top', 'https://kubernetes.io/', '//cdn.example/x', 'mailto:a@b.c']) {
      expect(withBase(href, base)).toBe(href);
    }
    expect(withBase('/k8s-network-notes/services/', base)).toBe('/k8s-network-notes/services/');
    expect(withBase('/k8s-network-notes', base)).toBe('/k8s-network-notes');
  });
  it('is the identity at base /', () => expect(withBase('/services/', '/')).toBe('/services/'));
});
