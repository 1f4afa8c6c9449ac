import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/duplicate-volume-name, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/duplicate-volume-name': 'volume name "{name}" is already used by volumes[{first}]',
  },
  ja: {
    'k8s/duplicate-volume-name': 'ボリューム名 "{name}" は volumes[{first}] ですでに使われています',
  },
};
