/**
 * Diagrams are rendered to SVG at build time; the Mermaid runtime (≈1.8 MB of JS) must never reach a reader.
 * These are strings only Mermaid's library code contains (its API and bootstrap), or markup that would make a
 * client-side Mermaid render (an unrendered `class="mermaid"` block). Build-time SVGs legitimately carry ids
 * like `mermaid-0` and `aria-roledescription`, so those are not signatures.
 */
const JS_SIGNATURES: RegExp[] = [
  /\bmermaidAPI\b/,
  /\bmermaid\.(initialize|run|render|parse|init)\s*\(/,
  /\bstartOnLoad\b/,
  /@mermaid-js\//,
  /\bflowchart-elk\b/,
  /\bmermaid\.esm\b/,
];
const HTML_SIGNATURES: RegExp[] = [
  /<(pre|div|code)\b[^>]*\bclass="[^"]*\bmermaid\b[^"]*"[^>]*>\s*(graph|flowchart|sequenceDiagram|classDiagram|stateDiagram|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline|architecture|block-beta|C4Context)\b/,
];

/** The Mermaid-runtime signatures found in one file (JS or HTML); empty when clean. */
export function mermaidSignatures(text: string, kind: 'js' | 'html'): string[] {
  const found: string[] = [];
  const scripts = kind === 'js' ? [text] : [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
  for (const code of scripts) for (const signature of JS_SIGNATURES) if (signature.test(code)) found.push(signature.source);
  if (kind === 'html') {
    for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]*mermaid[^"]*)"/gi)) found.push(`script ${m[1]}`);
    for (const signature of HTML_SIGNATURES) if (signature.test(text)) found.push('unrendered class="mermaid" block');
  }
  return [...new Set(found)];
}
