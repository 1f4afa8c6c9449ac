/**
 * The UI language of a page from its locale (`en`, `en-US`, `ja`, none): English, or Japanese, the root locale, for
 * anything else. Apart from the UI strings (ui.ts) so that the playground's script can use it without bundling them.
 */
export type UiLang = 'ja' | 'en';

export function uiLang(lang: string | undefined): UiLang {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}
