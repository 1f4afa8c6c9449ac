import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroUserConfig } from 'astro';

/** Astro's `security.csp` object (the form with settings, not `true`). */
type CspConfig = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/**
 * Content Security Policy for every page (Astro's `security.csp`, emitted as a <meta http-equiv> in each page).
 *
 * Astro hashes the scripts and styles it bundles itself, but not `<script is:inline>` blocks. Starlight ships a few
 * of those (theme provider, theme picker update, search shortcut label, sidebar state restore, synced-tabs restore),
 * and Astro copies their text verbatim into the page, so their hashes can be computed from Starlight's own
 * component sources: when Starlight changes a script, the hash follows. `define:vars` scripts get generated code
 * prepended and cannot be hashed from source; none exist in Starlight today, and the quality tests fail if any
 * inline script on any page is not covered by that page's CSP.
 */
export function starlightInlineScriptHashes(): Sha256Source[] {
  const require = createRequire(import.meta.url);
  // `./components` is the one unconditional export of Starlight, so require.resolve can find its folder.
  const root = dirname(require.resolve('@astrojs/starlight/components'));
  const hashes = new Set<Sha256Source>();
  for (const file of astroFiles(root)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attributes = match[1] ?? '';
      // Only verbatim inline scripts can be hashed from source; define:vars prepends generated code.
      if (!/\bis:inline\b/.test(attributes) || /\bdefine:vars\b/.test(attributes)) continue;
      hashes.add(sha256(match[2] ?? ''));
    }
  }
  return [...hashes].sort();
}

/** A CSP hash source, as Astro's config types it. */
type Sha256Source = `sha256-${string}`;

export function sha256(text: string): Sha256Source {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function astroFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...astroFiles(path));
    else if (entry.name.endsWith('.astro')) out.push(path);
  }
  return out;
}

/**
 * The policy. Only this site's own origin may serve anything; no third party, no plugins, no <base> hijack.
 * - script-src: 'self' + hashes (Astro adds the hashes of its bundled inline modules); 'wasm-unsafe-eval' lets
 *   Pagefind compile its WebAssembly search index (it allows WebAssembly only, not eval or inline scripts).
 * - style-src-attr 'unsafe-inline': Expressive Code (Shiki) and Starlight write `style="…"` attributes for token
 *   colours and layout; attributes cannot run code. <style> elements stay hash-only.
 * `frame-ancestors` is not allowed in a <meta> policy, so it is not set here.
 */
export function cspConfig(): CspConfig {
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: starlightInlineScriptHashes(),
    },
    styleDirective: {
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
    },
  };
}
