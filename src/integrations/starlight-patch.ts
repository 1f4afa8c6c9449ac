import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Build-time patches of Starlight's client scripts, each replacing one expression that costs the reader a long
 * main-thread task at load (src/integrations/toc-patch.ts, src/integrations/search-patch.ts). Markup, styles and the rest of each
 * script stay Starlight's: overriding the components instead would mean re-implementing them. Vite has no
 * other way to change a dependency's module, hence this small plugin.
 * If a Starlight release changes the patched code, or renames or moves the patched script, the build stops and
 * says which patch no longer applies, rather than silently shipping the slow (or a broken) version.
 */
export interface StarlightPatch {
  /** Which patch, for messages. */
  name: string;
  /** The module's id (file path, without a query string, unless `withQuery`). */
  module: RegExp;
  /** Match the id with its query string (Astro's hoisted scripts are `Search.astro?astro&type=script…`). */
  withQuery?: boolean;
  /** The code to replace: must occur exactly once. */
  find: RegExp;
  replace: string;
  /** `import { <export> as <local> } from <file>` lines to add, as [export, local, file URL]. */
  imports: [string, string, URL][];
}

export function applyPatch(patch: StarlightPatch, code: string): string {
  const matches = code.match(new RegExp(patch.find.source, `${patch.find.flags.replace('g', '')}g`))?.length ?? 0;
  if (matches !== 1) {
    throw new Error(
      `${patch.name}: Starlight's code no longer contains exactly one match of the expression this patch replaces (found ${matches}). ` +
        'If the new version is no longer slow there, remove the patch (astro.config.mjs); otherwise update it.',
    );
  }
  const imports = patch.imports.map(
    ([name, local, file]) => `import { ${name} as ${local} } from ${JSON.stringify(fileURLToPath(file))};\n`,
  );
  return `${imports.join('')}${code.replace(patch.find, patch.replace)}`;
}

export function starlightPatches(patches: readonly StarlightPatch[]): Plugin {
  const applied = new Set<StarlightPatch>();
  return {
    name: 'k8s-network-notes:starlight-patches',
    // Before Vite's TypeScript transform, so a patch sees Starlight's source as published.
    enforce: 'pre',
    transform(code, id) {
      // The patched scripts run in the browser; on the server, Astro stands an empty module in for a page script.
      if (this.environment && this.environment.name !== 'client') return undefined;
      const patch = patches.find((p) => p.module.test(p.withQuery ? id : id.split('?')[0]!));
      if (!patch) return undefined;
      if (this.environment) applied.add(patch);
      return { code: applyPatch(patch, code), map: null };
    },
    // The browser bundle must have gone through every patch: a module Starlight renamed or moved would otherwise
    // be shipped unpatched without a word.
    buildEnd(error) {
      if (error || this.environment?.name !== 'client' || this.environment.config.command !== 'build') return;
      const missed = patches.filter((patch) => !applied.has(patch));
      if (missed.length > 0) {
        this.error(
          `${missed.map((patch) => patch.name).join(', ')}: no module of the browser bundle matched; ` +
            "Starlight may have renamed or moved the patched script. Update the patch's module pattern, or remove the patch.",
        );
      }
    },
  };
}
