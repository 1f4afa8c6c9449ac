import type { RuleMessages } from '../../rule.ts';

/** The messages of policy/image-tag, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'policy/image-tag': 'image "{image}" uses the tag "latest": pin a version or a digest',
    'policy/image-tag.missing': 'image "{image}" has no tag: pin a version or a digest',
  },
  ja: {
    'policy/image-tag': 'イメージ "{image}" はタグ "latest" を使っています。バージョンかダイジェストで固定してください',
    'policy/image-tag.missing': 'イメージ "{image}" にタグがありません。バージョンかダイジェストで固定してください',
  },
};
