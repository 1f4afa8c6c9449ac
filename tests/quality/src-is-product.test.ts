import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { expect, test } from 'vitest';
import { filesBelow, HIDDEN_OR_PACKAGES } from '../../src/validation/files-below.ts';
import { tempTree } from '../support/temp-tree.ts';

/**
 * `src/` is exactly the site and the engines it ships: every file in it is reached from what builds or runs the
 * product (the Astro and Expressive Code configs, the pages and routes, the content, the product CLI of package.json's
 * scripts), never only from tests or maintainer scripts (those live in scripts/ and tests/). Reached means named by a
 * relative path in an import, a dynamic import, a `new URL(…)` or a config string, followed file to file.
 */

const SOURCE = /\.(ts|mjs|js|astro|mdx|md|css|json)$/;
/** Files the tools find by convention rather than by an import. */
const CONVENTIONS: { pattern: RegExp; why: string }[] = [
  { pattern: /\.d\.ts$/, why: 'ambient type declarations, read by the type checker' },
  { pattern: /^src\/content\.config\.ts$/, why: "Astro's content collections" },
  { pattern: /^src\/content\/i18n\/[a-z-]+\.json$/, why: "Starlight's UI translations" },
  { pattern: /^src\/pages\//, why: "Astro's routes" },
  { pattern: /^src\/diagrams\/cache\/[0-9a-f]+\.svg$/, why: 'the diagram cache, read as a folder by the diagram plugin' },
  { pattern: /README\.md$/, why: 'documentation of the folder it is in' },
  { pattern: /^src\/validation\/cni\/cni-schema\.json$/, why: 'the source its shipped, precompiled validator is built from' },
];

/** Relative paths a file names: import specifiers, config strings (`'./src/…'`), CSS imports and url()s. */
function namedPaths(file: string, text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/["'`(]((?:\.{1,2}\/|\/?src\/|~\/)[^"'`()\s?#]+)/g)) {
    const spec = match[1]!;
    // `~/` is the project's alias of src/ (tsconfig.json paths).
    if (spec.startsWith('~/')) out.push(`src/${spec.slice(2)}`);
    else out.push(spec.startsWith('.') ? normalize(join(dirname(file), spec)) : spec.replace(/^\//, ''));
  }
  return out;
}

/** The file a path names: as written, or with the extensions and index files module resolution tries. */
function resolveNamed(path: string, files: Set<string>): string | undefined {
  const candidates = [path, `${path}.ts`, `${path}/index.ts`, path.replace(/\.js$/, '.ts'), `${path}.astro`];
  return candidates.find((candidate) => files.has(candidate));
}

/** The files under `<cwd>/src` that nothing of the product reaches, relative to `cwd`. */
function unreachedSourceFiles(cwd = '.'): string[] {
  const at = (path: string) => join(cwd, path);
  const all = [
    ...(existsSync(at('src')) ? filesBelow(at('src')) : []),
    ...(existsSync(at('content')) ? filesBelow(at('content'), { skip: HIDDEN_OR_PACKAGES }) : []),
    ...['astro.config.mjs', 'ec.config.mjs'].map(at).filter((f) => existsSync(f)),
  ].map((f) => relative(cwd, f));
  const files = new Set(all);
  const scripts = Object.values(JSON.parse(readFileSync(at('package.json'), 'utf8')).scripts as Record<string, string>);
  const fromScripts = scripts.flatMap((script) => [...script.matchAll(/(?:^|\s|\.\/)(src\/\S+\.ts)/g)].map((m) => m[1]!));
  const roots = [
    'astro.config.mjs',
    'ec.config.mjs',
    ...all.filter((f) => f.startsWith('content/')),
    ...all.filter((f) => CONVENTIONS.some((c) => c.pattern.test(f))),
    ...fromScripts,
  ];
  const reached = new Set<string>();
  const queue = roots.filter((f) => files.has(f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    if (!SOURCE.test(file)) continue;
    for (const named of namedPaths(file, readFileSync(at(file), 'utf8'))) {
      const target = resolveNamed(named, files);
      if (target && !reached.has(target)) queue.push(target);
    }
  }
  return all.filter((f) => f.startsWith('src/') && !reached.has(f));
}

test('every file in src/ is reached from the product, not only from tests or maintainer scripts', () => {
  expect(unreachedSourceFiles()).toEqual([]);
});

test('lists a src/ file that only a test or a maintainer script imports, and follows every way the product names one', () => {
  const root = tempTree('src-is-product-', {
    'package.json': JSON.stringify({ scripts: { validate: 'node --import ./src/cli/hook.ts src/cli/run.ts' } }),
    'astro.config.mjs': "import { a } from './src/a.ts';\nexport default { components: { Head: './src/Head.astro' } };",
    'src/a.ts': "export { b } from './lib/b';\nconst c = () => import('./c.js');",
    'src/lib/b/index.ts': "const schema = new URL('../../data.json', import.meta.url);",
    'src/c.ts': '',
    'src/data.json': '{}',
    'src/Head.astro': "---\nimport '../src/styles/head.css';\n---",
    'src/styles/head.css': "@import './fonts.css';",
    'src/styles/fonts.css': '',
    'src/cli/hook.ts': '',
    'src/cli/run.ts': '',
    'content/docs/page.mdx': "import Figure from '~/Figure.astro';",
    'src/Figure.astro': '',
    'src/pages/index.astro': '',
    'src/only-tests.ts': '',
    'src/only-scripts.ts': "import { x } from './only-scripts-too.ts';",
    'src/only-scripts-too.ts': '',
    'tests/a.test.ts': "import '../src/only-tests.ts';",
    'scripts/tool.ts': "import '../src/only-scripts.ts';",
  });
  try {
    expect(unreachedSourceFiles(root)).toEqual(['src/only-scripts-too.ts', 'src/only-scripts.ts', 'src/only-tests.ts']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
