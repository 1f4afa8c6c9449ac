import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/type, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/type': 'expected {expected}, found {found}',
    'k8s/type.yaml11-quote':
      'expected {expected}, found {found}: kubectl reads {source} as YAML 1.1, where it is {found}; quote it ("{source}") to keep it a string',
    'k8s/type.yaml11': 'expected {expected}, found {found}: kubectl reads {source} as YAML 1.1, where it is {found}',
  },
  ja: {
    'k8s/type': '{expected} が必要ですが、{found} が指定されています',
    'k8s/type.yaml11-quote':
      '{expected} が必要ですが {found} です: kubectl は {source} を YAML 1.1 として読むため {found} になります。文字列にするには引用符で囲んでください（"{source}"）',
    'k8s/type.yaml11': '{expected} が必要ですが {found} です: kubectl は {source} を YAML 1.1 として読むため {found} になります',
  },
};
