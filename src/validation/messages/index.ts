import { ruleModules } from '../rules/modules.ts';
import type { Lang } from '../types.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import { fill } from './template.ts';

/**
 * The messages of no single rule (the report's, `cni/required` of several cni rules) from en.ts and ja.ts, then the
 * messages of each rule folder (`rules/<area>/<rule>/messages.ts`).
 */
export const catalogues: Record<Lang, Record<string, string>> = {
  en: Object.assign({}, en, ...ruleModules.map((module) => module.messages.en)),
  ja: Object.assign({}, ja, ...ruleModules.map((module) => module.messages.ja)),
};

/** The message for an id in a language, with `{param}` filled in; falls back to English, then to the id. */
export function formatMessage(lang: Lang, id: string, params: Record<string, string | number> = {}): string {
  return fill(catalogues[lang][id] ?? catalogues.en[id] ?? id, params);
}
