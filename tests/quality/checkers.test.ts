import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkPageCsp } from '../../scripts/quality/csp-check.ts';
import { sitePages } from '../../scripts/quality/dist-pages.ts';
import { checkExternalLinks } from '../../scripts/quality/external-links.ts';
import { overBudget, pagesJs, starlightBaseline } from '../../scripts/quality/js-budget.ts';
import { pageJs, staticImports, totalGzip } from '../../scripts/quality/js-weight.ts';
import { mermaidSignatures } from '../../scripts/quality/mermaid-check.ts';
import { median, siteSize } from '../../scripts/quality/site-size.ts';
import { sha256 } from '../../src/site/csp.ts';

/** Each gate's checker on crafted input: it must pass a good page and name the problem in a broken one. */

const script = 'console.log("hi")';
const page = (csp: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="${csp}"><script>${script}</script></head><body>${body}</body></html>`;
const goodCsp = `default-src 'self'; script-src 'self' '${sha256(script)}'; style-src 'self'; style-src-attr 'unsafe-inline'`;

describe('checkPageCsp', () => {
  test('accepts a hash-only, same-origin policy covering the inline script', () => {
    expect(checkPageCsp(page(goodCsp))).toEqual([]);
  });
  test('fails a page without a CSP', () => {
    expect(checkPageCsp('<html><head><script>x()</script></head></html>')).toEqual([
      'no <meta http-equiv="content-security-policy"> in the page',
    ]);
  });
  test('fails an inline script without a hash', () => {
    const problems = checkPageCsp(page(`default-src 'self'; script-src 'self'`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^inline script not covered by a hash in the CSP \('sha256-.*console\.log/);
  });
  test("fails 'unsafe-inline' and 'unsafe-eval' for scripts", () => {
    expect(checkPageCsp(page(`${goodCsp.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'")}`))).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
    ]);
  });
  test('fails a third-party origin in any directive', () => {
    expect(checkPageCsp(page(`${goodCsp}; img-src 'self' https://cdn.example.com`))).toEqual([
      'img-src allows another origin: https://cdn.example.com',
    ]);
  });
  test('fails inline event handlers and javascript: URLs', () => {
    expect(checkPageCsp(page(goodCsp, '<button onclick="go()">x</button><a href="javascript:go()">y</a>'))).toEqual([
      'inline event handler onclick (blocked by the CSP): <button onclick="go()"',
      'javascript: URL (blocked by the CSP): href="javascript:go()"',
    ]);
  });
});

describe('checkExternalLinks', () => {
  const site = 'https://example.github.io';
  test('accepts internal links, relative links and external links with noopener', () => {
    expect(
      checkExternalLinks(
        '<a href="/b/x/">a</a><a href="https://example.github.io/b/">b</a><a href="#top">c</a><a href="https://kubernetes.io/" rel="noopener noreferrer">d</a>',
        site,
      ),
    ).toEqual([]);
  });
  test('fails an external link without noopener', () => {
    expect(checkExternalLinks('<a href="https://kubernetes.io/docs/" rel="external">k</a><a href="//evil.example/">e</a>', site)).toEqual([
      'external link without rel="noopener": https://kubernetes.io/docs/',
      'external link without rel="noopener": //evil.example/',
    ]);
  });
});

describe('mermaidSignatures', () => {
  test('accepts build-time SVG that mentions mermaid in ids and styles', () => {
    const svg =
      '<figure><svg id="mermaid-0" aria-roledescription="flowchart-v2"><style>#mermaid-0{fill:#333}</style><g class="node"></g></svg></figure>';
    expect(mermaidSignatures(svg, 'html')).toEqual([]);
    expect(mermaidSignatures('const a=1;export{a}', 'js')).toEqual([]);
  });
  test('finds the Mermaid runtime in JS, in an inline script, as a script file, and an unrendered block', () => {
    expect(mermaidSignatures('import m from"./m.js";m.mermaidAPI.render()', 'js')).toEqual(['\\bmermaidAPI\\b']);
    expect(mermaidSignatures('mermaid.initialize({startOnLoad:true})', 'js')).toHaveLength(2);
    expect(mermaidSignatures('<script>mermaid.run()</script>', 'html')).toEqual(['\\bmermaid\\.(initialize|run|render|parse|init)\\s*\\(']);
    expect(mermaidSignatures('<script type="module" src="/b/_astro/mermaid.core.js"></script>', 'html')).toEqual([
      'script /b/_astro/mermaid.core.js',
    ]);
    expect(mermaidSignatures('<pre class="mermaid">flowchart LR\nA-->B</pre>', 'html')).toEqual(['unrendered class="mermaid" block']);
  });
});

describe('JS weight and budget', () => {
  const root = mkdtempSync(join(tmpdir(), 'quality-js-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dist = join(root, 'dist');
  const content = join(root, 'content');
  const write = (path: string, text: string) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  // A crafted build: a plain page, and a page whose script imports a big module (an oversized JS file).
  const random = (n: number) => Array.from({ length: n }, (_, i) => `v${i}=${(i * 2654435761) % 4294967296};`).join('');
  write(join(dist, '_astro/page.js'), 'import"./shared.js";console.log("page")');
  write(join(dist, '_astro/shared.js'), 'export const s=1;import("./lazy.js")');
  write(join(dist, '_astro/lazy.js'), random(5000));
  write(join(dist, '_astro/heavy.js'), `import{s}from"./shared.js";${random(3000)}`);
  write(
    join(dist, 'plain/index.html'),
    '<html lang="ja"><script type="module" src="/b/_astro/page.js"></script><script>inline()</script></html>',
  );
  write(
    join(dist, 'heavy/index.html'),
    '<html lang="ja"><script type="module" src="/b/_astro/page.js"></script><script type="module" src="../_astro/heavy.js"></script></html>',
  );
  write(join(content, 'plain.mdx'), '# Plain\n\nOnly Markdown.\n');
  write(join(content, 'heavy.mdx'), 'import Example from \'~/components/Example.astro\';\n\n<Example file="x.yaml" />\n');

  test('follows static imports, counts inline scripts, skips dynamic import()', () => {
    expect(staticImports('import"./a.js";import{b}from"../b.js";export*from"./c.js";import("./lazy.js")')).toEqual([
      './a.js',
      '../b.js',
      './c.js',
    ]);
    const names = pageJs(
      '<script type="module" src="/b/_astro/page.js"></script><script>x()</script>',
      '/b/plain/',
      dist,
      '/b/',
    ).page.resources.map((r) => r.name);
    expect(names).toEqual(['/b/_astro/page.js', '/b/_astro/shared.js', 'inline #1']);
  });

  test('sorts a page into up-front, lazy and worker JS, following inline module scripts and links in any attribute order', () => {
    const site = join(root, 'dist-workers'); // its own build: the site-size test counts every file of the other
    write(join(site, '_astro/page.js'), 'import"./shared.js";console.log("page")');
    write(join(site, '_astro/shared.js'), 'export const s=1;import("./lazy.js")');
    write(join(site, '_astro/lazy.js'), 'export const l=1');
    write(join(site, '_astro/inline-dep.js'), 'export const i=1');
    write(join(site, '_astro/worker.js'), 'import"./shared.js";postMessage(1)');
    write(join(site, '_astro/starts.js'), 'new Worker(new URL("./worker.js",import.meta.url),{type:"module"})');
    const js = pageJs(
      '<script type="module">import{i}from"/b/_astro/inline-dep.js";i</script><script type="module" src="/b/_astro/page.js"></script>' +
        '<link href="/b/_astro/starts.js" rel="modulepreload"><script type="application/ld+json">{"a":1}</script>',
      '/b/x/',
      site,
      '/b/',
    );
    expect(js.page.files).toEqual(['_astro/inline-dep.js', '_astro/page.js', '_astro/shared.js', '_astro/starts.js']);
    expect(js.page.resources.map((r) => r.name).filter((name) => name.startsWith('inline'))).toEqual(['inline #1']);
    expect(js.lazy.files).toEqual(['_astro/lazy.js']);
    expect(js.workers.files).toEqual(['_astro/shared.js', '_astro/worker.js']);
    expect(js.page.gzip).toBe(totalGzip(js.page.resources));
  });

  test('fails a missing script file', () => {
    expect(() => pageJs('<script src="/b/_astro/gone.js"></script>', '/b/x/', dist, '/b/')).toThrow(
      '/b/x/: script /b/_astro/gone.js is not in the build',
    );
  });

  test('measures the baseline on the plain page and flags the page with an oversized JS file', () => {
    const weights = pagesJs(sitePages(dist, '/b/'), dist, '/b/');
    const baseline = starlightBaseline(weights, content, '/b/');
    expect(baseline.urlPath).toBe('/b/plain/');
    const heavy = weights.find((w) => w.urlPath === '/b/heavy/')!;
    expect(heavy.gzipBytes - baseline.gzipBytes).toBeGreaterThan(5 * 1024);
    expect(overBudget(weights, baseline)).toEqual([
      `/b/heavy/: ${heavy.gzipBytes} B of JS (gzip) > ${baseline.gzipBytes + 5120} B (Starlight baseline ${baseline.gzipBytes} B on /b/plain/ + 5120 B)`,
    ]);
    expect(overBudget(weights, baseline, 1024 * 1024)).toEqual([]);
    expect(
      totalGzip([
        { name: 'a', gzipBytes: 2 },
        { name: 'b', gzipBytes: 3 },
      ]),
    ).toBe(5);
  });

  test('site size counts every file, HTML and CSS (raw and gzip); median of odd and even lists', () => {
    write(join(dist, '_astro/site.css'), 'body{color:#000}');
    const size = siteSize(dist);
    expect(size.files).toBe(7);
    expect(size.cssBytes).toBe('body{color:#000}'.length);
    expect(size.htmlBytes).toBeGreaterThan(100);
    expect(size.htmlCssGzipBytes).toBeGreaterThan(0);
    expect(size.totalBytes).toBeGreaterThan(size.htmlBytes + size.cssBytes);
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, 0]);
  });

  test('refuses to guess a baseline when no plain page exists', () => {
    expect(() => starlightBaseline([{ urlPath: '/b/heavy/', gzipBytes: 1 }], join(root, 'nowhere'), '/b/')).toThrow(
      /no plain-Starlight page/,
    );
  });
});
