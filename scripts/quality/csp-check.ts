import { sha256 } from '../../src/site/csp.ts';
import { inlineScripts, metaCsp } from './html.ts';

/** Parses a CSP string into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const KEYWORDS = new Set([
  "'self'",
  "'none'",
  "'strict-dynamic'",
  "'wasm-unsafe-eval'",
  "'report-sample'",
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  'data:',
  'blob:',
]);

/**
 * The page's security promises, from its HTML alone:
 * - it ships a CSP with a script policy (script-src, or default-src to fall back on);
 * - scripts may not run inline code by allowance: no 'unsafe-inline', 'unsafe-eval', 'unsafe-hashes', no data:/blob:
 *   script sources, no wildcard;
 * - no directive names another origin (no third party anywhere): only keywords, 'self' and hashes;
 * - every inline <script> is covered by a hash in the policy that governs <script> elements;
 * - no inline event handler attributes (onclick=…) or javascript: URLs, which a hash-only policy blocks.
 * Returns one message per problem.
 */
export function checkPageCsp(html: string): string[] {
  const problems: string[] = [];
  const policy = metaCsp(html);
  if (policy === undefined) return ['no <meta http-equiv="content-security-policy"> in the page'];
  const csp = parseCsp(policy);
  const scriptPolicy = csp.get('script-src-elem') ?? csp.get('script-src') ?? csp.get('default-src');
  if (!scriptPolicy) problems.push('the CSP has no script-src (nor default-src)');
  for (const name of ['script-src', 'script-src-elem', 'default-src']) {
    for (const source of csp.get(name) ?? []) {
      if (["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', 'blob:', '*'].includes(source)) {
        problems.push(`${name} allows ${source}`);
      }
    }
  }
  for (const [name, sources] of csp) {
    for (const source of sources) {
      if (!KEYWORDS.has(source) && !/^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/.test(source)) {
        problems.push(`${name} allows another origin: ${source}`);
      }
    }
  }
  const allowed = new Set(scriptPolicy ?? []);
  for (const script of inlineScripts(html)) {
    // The same hash the site's policy is built from (src/site/csp.ts), quoted as a CSP source is written.
    const hash = `'${sha256(script.body)}'`;
    if (!allowed.has(hash)) problems.push(`inline script not covered by a hash in the CSP (${hash}): ${snippet(script.body)}`);
  }
  for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)="[^"]*"/gi))
    problems.push(`inline event handler ${m[1]} (blocked by the CSP): ${snippet(m[0])}`);
  for (const m of html.matchAll(/\bhref="javascript:[^"]*"/gi)) problems.push(`javascript: URL (blocked by the CSP): ${snippet(m[0])}`);
  return problems;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
