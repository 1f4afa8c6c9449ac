import { describe, expect, it } from 'vitest';
import { SEARCH_PATCH } from '../../src/integrations/search-patch.ts';
import { applyPatch, type StarlightPatch, starlightPatches } from '../../src/integrations/starlight-patch.ts';
import { TOC_PATCH } from '../../src/integrations/toc-patch.ts';
import { starlightSearchSource, starlightTocSource } from '../support/starlight.ts';

const TOC_ID = '/x/node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js';
const SEARCH_ID = '/x/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts';

describe.each([
  ['table of contents', TOC_PATCH, starlightTocSource, ':has(', 'const toObserve = __k8sTocTargets(document, this.tocHeadingSelector);'],
  ['search', SEARCH_PATCH, starlightSearchSource, 'requestIdleCallback', '__k8sWhenSearchWanted(this, async () => {'],
] as [string, StarlightPatch, () => string, string, string][])('the %s patch', (_name, patch, installed, slow, patchedCall) => {
  const source = installed();

  it("replaces one expression of the installed Starlight's code and nothing else", () => {
    expect(source).toContain(slow);
    const patched = applyPatch(patch, source);
    expect(patched).not.toContain(slow);
    expect(patched).toContain(patchedCall);
    const [, local, file] = patch.imports[0]!;
    expect(patched.startsWith(`import { ${patch.imports[0]![0]} as ${local} } from "${file.pathname}";\n`)).toBe(true);
    // Everything around the replaced expression is Starlight's, untouched.
    const [before, after] = source.split(patch.find);
    expect(patched).toContain(before);
    expect(patched).toContain(after);
  });

  it('stops the build, naming the patch, when Starlight changes the code', () => {
    const changed = source.replace(patch.find, 'somethingElse()');
    expect(() => applyPatch(patch, changed)).toThrow(new RegExp(`^${patch.name.replace(/[()]/g, '\\$&')}: .*found 0.*remove the patch`));
    // Twice is as wrong as never: the patch would no longer know which one it replaces.
    const twice = `${source}\n${source.match(patch.find)![0]}`;
    expect(() => applyPatch(patch, twice)).toThrow(/found 2/);
  });
});

describe('the plugin', () => {
  const plugin = starlightPatches([TOC_PATCH, SEARCH_PATCH]);
  // Outside a build environment (as in `astro dev`'s server): patches apply, nothing is recorded.
  const transform = (code: string, id: string) =>
    (plugin.transform as (this: object, code: string, id: string) => { code: string } | undefined).call({}, code, id);

  /** A browser (client) build: transforms the given modules, then ends. */
  function clientBuild(modules: [string, string][]): void {
    const plugin = starlightPatches([TOC_PATCH, SEARCH_PATCH]);
    const context = {
      environment: { name: 'client', config: { command: 'build' } },
      error: (message: string) => {
        throw new Error(message);
      },
    };
    for (const [code, id] of modules) (plugin.transform as (this: unknown, code: string, id: string) => unknown).call(context, code, id);
    (plugin.buildEnd as (this: unknown, error?: Error) => void).call(context);
  }

  it('fails a browser build that did not go through every patch (a renamed or moved script)', () => {
    expect(() =>
      clientBuild([
        [starlightTocSource(), TOC_ID],
        [starlightSearchSource(), SEARCH_ID],
      ]),
    ).not.toThrow();
    expect(() => clientBuild([[starlightTocSource(), TOC_ID]])).toThrow(
      /^src\/integrations\/search-patch\.ts \(Pagefind UI on demand\): no module of the browser bundle matched; Starlight may have renamed or moved/,
    );
  });

  it('patches each module by its id, and nothing else', () => {
    expect(transform(starlightTocSource(), TOC_ID)?.code).not.toContain(':has(');
    expect(transform(starlightTocSource(), `${TOC_ID}?v=1`)?.code).not.toContain(':has(');
    expect(transform(starlightSearchSource(), SEARCH_ID)?.code).not.toContain('requestIdleCallback');
    // Search.astro itself (its markup) and other scripts of it are not the patched module.
    expect(transform('x', SEARCH_ID.split('?')[0]!)).toBeUndefined();
    expect(transform('x', SEARCH_ID.replace('index=0', 'index=1'))).toBeUndefined();
    expect(transform('x', '/x/src/site/other.ts')).toBeUndefined();
    expect(transform('x', '/x/node_modules/other/starlight-toc.js')).toBeUndefined();
  });
});
