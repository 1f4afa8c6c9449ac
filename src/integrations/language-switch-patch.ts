import type { StarlightPatch } from './starlight-patch.ts';

/**
 * Starlight's language picker sets `location.pathname`, which keeps the URL fragment: from
 * `walkthrough/#3-serviceに接続する` the reader lands on `en/walkthrough/#3-serviceに接続する`, an anchor the English
 * page does not have (its headings, and so their ids, are translated). Setting `location.href` to the twin's path
 * drops the fragment: the reader starts at the top of the translation, which is where the missing anchor left them
 * anyway, without a URL that points nowhere.
 */
export const LANGUAGE_SWITCH_PATCH: StarlightPatch = {
  name: 'src/integrations/language-switch-patch.ts (language picker drops the fragment)',
  module: /@astrojs[\\/]starlight[\\/].*[\\/]components[\\/]LanguageSelect\.astro\?astro&type=script&index=0&lang\.ts$/,
  withQuery: true,
  find: /window\.location\.pathname = e\.currentTarget\.value;/,
  replace: 'window.location.href = e.currentTarget.value;',
  imports: [],
};
