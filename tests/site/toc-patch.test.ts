import { describe, expect, it } from 'vitest';
import { patchStarlightToc, starlightTocPatch } from '../../src/site/toc-patch.ts';
import { starlightTocSource } from '../support/starlight.ts';

describe('the Starlight table-of-contents patch', () => {
  const source = starlightTocSource();

  it("replaces the installed Starlight's :has() query with tocTargets() and nothing else", () => {
    expect(source).toContain(':has(');
    const patched = patchStarlightToc(source);
    expect(patched).not.toContain(':has(');
    expect(patched).toMatch(/^import \{ tocTargets as __k8sTocTargets \} from ".*toc-targets\.ts";\n/);
    expect(patched).toContain('const toObserve = __k8sTocTargets(document, this.tocHeadingSelector);');
    // Everything around the query is Starlight's, untouched.
    const [before, after] = source.split(/document\.querySelectorAll\(\[[\s\S]*?\]\.join\(\)\)/);
    expect(patched).toContain(before);
    expect(patched).toContain(after);
  });

  it('stops the build with a clear message when Starlight changes its query', () => {
    const changed = source.replace(/:not\(:has\(/g, ':not(:is(');
    expect(() => patchStarlightToc(changed)).toThrow(/no longer contains the `:has\(\)` query this patch replaces.*remove the patch/s);
  });

  it('touches only the starlight-toc module', () => {
    const transform = starlightTocPatch().transform as (code: string, id: string) => { code: string } | undefined;
    expect(transform(source, '/x/node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js')?.code).not.toContain(':has(');
    expect(transform(source, '/x/node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js?v=1')?.code).not.toContain(':has(');
    expect(transform(source, '/x/src/site/other.ts')).toBeUndefined();
    expect(transform('x', '/x/node_modules/other/starlight-toc.js')).toBeUndefined();
  });
});
