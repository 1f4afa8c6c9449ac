import type { FlagSpec } from './snapshot.ts';

/** How pflag splits a flag word: `--name=value`, `--name`, `-n value`, `-nvalue`, `-n=value`. */

/** `-it` → ['i', 't'] when every shorthand but the last is a bool flag; anything else stays one word (['i'] or []). */
export function splitShorthandGroup(text: string, available: FlagSpec[]): string[] {
  if (text.startsWith('--') || text.includes('=') || text.length < 3) return [];
  const names: string[] = [];
  for (const name of text.slice(1)) {
    const flag = available.find((f) => f.shorthand === name);
    names.push(name);
    if (flag?.type !== 'bool') break;
  }
  return names.length === text.length - 1 && names.slice(0, -1).every((n) => available.find((f) => f.shorthand === n)?.type === 'bool')
    ? names
    : [];
}

export function parseFlagWord(text: string): { long: boolean; name: string; value: string | undefined } {
  if (text.startsWith('--')) {
    const eq = text.indexOf('=');
    return eq < 0
      ? { long: true, name: text.slice(2), value: undefined }
      : { long: true, name: text.slice(2, eq), value: text.slice(eq + 1) };
  }
  const name = text.charAt(1);
  const rest = text.slice(2);
  return { long: false, name, value: rest === '' ? undefined : rest.replace(/^=/, '') };
}
