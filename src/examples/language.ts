/**
 * The Expressive Code (Shiki) language for an example file, from its extension. A CNI `.conflist` is JSON;
 * an expected output `.out` is plain text. Unknown extensions are shown as plain text rather than guessed.
 */
const LANGUAGES: Record<string, string> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.conflist': 'json',
  '.conf': 'json',
  '.sh': 'bash',
  '.out': 'text',
  '.md': 'md',
};

export function languageFor(file: string): string {
  const dot = file.lastIndexOf('.');
  const extension = dot > file.lastIndexOf('/') ? file.slice(dot).toLowerCase() : '';
  return LANGUAGES[extension] ?? 'text';
}
