import { extensionInfo, type Syntax } from '../validation/file-kind.ts';

/**
 * The Expressive Code (Shiki) language for an example file, from the language its extension is written in
 * (src/validation/file-kind.ts): a CNI `.conflist` is JSON, an expected output `.out` plain text. Unknown extensions
 * are shown as plain text rather than guessed.
 */
const SHIKI: Record<Syntax, string> = { yaml: 'yaml', json: 'json', shell: 'bash', text: 'text', markdown: 'md' };

export function languageFor(file: string): string {
  const info = extensionInfo(file);
  return info ? SHIKI[info.syntax] : 'text';
}
