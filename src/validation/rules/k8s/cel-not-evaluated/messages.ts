import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/cel-not-evaluated, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/cel-not-evaluated': 'CEL rule not evaluated (the validator does not implement it): {detail}',
    'k8s/cel-not-evaluated.blocked':
      'the CEL validation rules were not checked because the object has schema errors; correct them to complete validation',
  },
  ja: {
    'k8s/cel-not-evaluated': 'CELルールを評価していません（検証ツールが未対応です）: {detail}',
    'k8s/cel-not-evaluated.blocked': 'スキーマのエラーがあるため、CELの検証ルールを確認していません。エラーを直すと検証が完了します',
  },
};
