import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { japaneseTwinPath, staleTranslationBanner, translationStatus } from '../../src/site/translation-status.ts';
import { readTranslatedFrom, translationHash } from '../../src/translations/translation-hash.ts';

/** The banner an English page gets when its Japanese source changed after translation (src/site/translation-status.ts). */
describe('translation status', () => {
  const ja = '---\ntitle: Service\n---\n本文です。\n';
  const read = (file: string) => {
    if (file === 'content/docs/services.mdx') return ja;
    throw new Error(`no ${file}`);
  };

  it('an en page stamped with the ja source’s hash is current', () => {
    expect(translationStatus('content/docs/en/services.mdx', translationHash(ja), read)).toMatchObject({
      sourceFile: 'content/docs/services.mdx',
      stale: false,
    });
  });

  it('an en page whose ja source changed since (or that was never stamped) is stale', () => {
    const edited = translationHash(`${ja}追記しました。\n`);
    expect(translationStatus('content/docs/en/services.mdx', edited, read)?.stale).toBe(true);
    expect(translationStatus('/repo/content/docs/en/services.mdx', undefined, (f) => read(f.replace('/repo/', '')))?.stale).toBe(true);
  });

  it('ja pages, and en pages without a ja source, have no status', () => {
    expect(translationStatus('content/docs/services.mdx', undefined, read)).toBeUndefined();
    expect(translationStatus('content/docs/en/only-english.mdx', 'abc', read)).toBeUndefined();
  });

  it('every en page of the site is current today (the banner shows on none)', () => {
    for (const slug of ['index', 'services', 'cni', 'walkthrough']) {
      const en = readFileSync(`content/docs/en/${slug}.mdx`, 'utf8');
      expect(translationStatus(`content/docs/en/${slug}.mdx`, readTranslatedFrom(en))?.stale, slug).toBe(false);
    }
  });

  it('links the banner to the Japanese twin under the base path', () => {
    expect(japaneseTwinPath('en')).toBe('/');
    expect(japaneseTwinPath('en/services')).toBe('/services/');
    expect(staleTranslationBanner('/k8s-network-notes/services/')).toContain('<a href="/k8s-network-notes/services/" hreflang="ja">');
  });
});
