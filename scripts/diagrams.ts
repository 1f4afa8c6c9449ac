/**
 * `npm run diagrams`: render every Mermaid diagram of content/docs that has no SVG in the cache yet (one Chromium
 * for all), and delete cached SVGs no diagram uses. `npm run diagrams -- --check` re-renders everything without
 * writing and fails if a committed SVG differs from a fresh render or is missing.
 */
import { relative } from 'node:path';
import { DEFAULT_CACHE_DIR, entriesFor, planCache, pruneCache, readCachedSvg, writeCachedSvg } from '../src/diagrams/cache.ts';
import { BrowserUnavailableError, launchRenderer, type Renderer, renderEntries } from '../src/diagrams/renderer.ts';
import { renderEnvironment } from './diagram-environment.ts';
import { findDiagramsInContent } from './diagram-sources.ts';

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`unknown argument: ${unknown.join(' ')}\nusage: npm run diagrams [-- --check]`);
    return 2;
  }
  const cacheDir = DEFAULT_CACHE_DIR;
  const shownCache = relative(process.cwd(), cacheDir);
  const { diagrams, errors } = findDiagramsInContent();
  for (const error of errors) console.error(error.message);
  if (errors.length > 0) return 1;

  const plan = planCache(entriesFor(diagrams), cacheDir);
  const toRender = check ? plan.entries : plan.missing;
  let problems = 0;
  let stale = 0;
  if (toRender.length > 0) {
    let renderer: Renderer;
    try {
      renderer = await launchRenderer();
    } catch (error) {
      if (error instanceof BrowserUnavailableError) {
        console.error(`cannot render ${toRender.length} SVG(s): ${error.message}`);
        return 1;
      }
      throw error;
    }
    try {
      const failures = await renderEntries(renderer, toRender, (entry, svg) => {
        const where = `${entry.diagram.file}:${entry.diagram.line} (${entry.theme})`;
        if (!check) {
          writeCachedSvg(cacheDir, entry.key, svg);
          console.log(`rendered ${where} → ${shownCache}/${entry.key}.svg`);
          return;
        }
        const cached = readCachedSvg(cacheDir, entry.key);
        if (cached === undefined) {
          problems += 1;
          console.error(`${where}: no SVG in ${shownCache}; run \`npm run diagrams\``);
        } else if (cached !== svg) {
          problems += 1;
          stale += 1;
          console.error(`${where}: ${shownCache}/${entry.key}.svg differs from a fresh render; run \`npm run diagrams\``);
        }
      });
      for (const failure of failures) console.error(failure.message);
      problems += failures.length;
      // A differing SVG under its current key: see renderEnvironment() for why the browser or the fonts are the suspects.
      if (check && stale > 0) console.error(`${stale} SVG(s) differ; rendered here with ${renderEnvironment()}`);
    } finally {
      await renderer.close();
    }
  }
  if (check) {
    for (const key of plan.unused) console.error(`${shownCache}/${key}.svg: no diagram uses it; run \`npm run diagrams\``);
    problems += plan.unused.length;
  } else if (problems === 0) {
    pruneCache(cacheDir, plan.unused);
    for (const key of plan.unused) console.log(`pruned ${shownCache}/${key}.svg`);
  }
  console.log(
    `${diagrams.length} diagram(s), ${plan.entries.length} SVG(s): ${check ? 'checked' : `${toRender.length} rendered`}, ` +
      `${problems} problem(s)${check ? '' : `, ${problems === 0 ? plan.unused.length : 0} pruned`}.`,
  );
  return problems === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
