import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/node-port-range, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/node-port-range': 'nodePort {value} is outside the NodePort range 30000-32767',
    'k8s/node-port-range.type': 'nodePort may not be set on a Service of type {type}',
  },
  ja: {
    'k8s/node-port-range': 'nodePort {value} がNodePortの範囲 30000〜32767 の外にあります',
    'k8s/node-port-range.type': 'type が {type} のServiceには nodePort を指定できません',
  },
};
