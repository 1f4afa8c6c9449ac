import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/enum, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/enum': '"{found}" is not one of: {allowed}',
  },
  ja: {
    'k8s/enum': '"{found}" は次のいずれかでなければなりません: {allowed}',
  },
};
