import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/cel-rule, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/cel-rule': '{reason}: {message}',
    'k8s/cel-rule.error': 'the CEL rule fails to evaluate on this value ({reason}): {message}',
  },
  ja: {
    'k8s/cel-rule': 'CELルールを満たしていません（{reason}）: {message}',
    'k8s/cel-rule.error': 'この値ではCELルールを評価できません（{reason}）: {message}',
  },
};
