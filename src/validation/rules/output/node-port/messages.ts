import type { RuleMessages } from '../../rule.ts';

/** The messages of output/node-port, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'output/node-port': 'NodePort {value} is outside 30000-32767',
  },
  ja: {
    'output/node-port': 'NodePort {value} が 30000〜32767 の外にあります',
  },
};
