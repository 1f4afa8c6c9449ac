import en from './en.json';
import ja from './ja.json';
import { type UiLang, uiLang } from './lang.ts';

/**
 * UI strings for components, one flat JSON file per locale with dotted keys (same keys in both; a test checks it).
 * The root locale is Japanese; anything that is not English falls back to it.
 */
export type UiKey = keyof typeof ja;

const strings: Record<UiLang, Record<UiKey, string>> = { ja, en };

export function ui(lang: string | undefined): (key: UiKey) => string {
  const table = strings[uiLang(lang)];
  return (key) => table[key];
}
