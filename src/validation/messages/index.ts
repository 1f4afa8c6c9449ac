import type { Lang } from '../types.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';

export const catalogues: Record<Lang, Record<string, string>> = { en, ja };

/** The message for an id in a language, with `{param}` filled in; falls back to English, then to the id. */
export function formatMessage(lang: Lang, id: string, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][id] ?? en[id] ?? id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
