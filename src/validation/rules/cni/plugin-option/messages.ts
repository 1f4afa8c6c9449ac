import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/plugin-option, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/plugin-option': 'option "{key}" of {plugin} expects {expected}, found {found}',
    'cni/plugin-option.capability': 'capability "{capability}" is not supported by {plugin} (supported: {expected})',
  },
  ja: {
    'cni/plugin-option': '{plugin} のオプション "{key}" には {expected} が必要ですが、{found} が指定されています',
    'cni/plugin-option.capability': 'ケーパビリティ "{capability}" は {plugin} では使えません（対応: {expected}）',
  },
};
