import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/object-name, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/object-name': '{kind} name "{name}" is invalid: must be {expected}',
    'k8s/object-name.missing': '{kind} needs metadata.name (or metadata.generateName)',
    'k8s/object-name.cronjob-length':
      'CronJob name "{name}" is too long: at most 52 characters (the controller adds an 11-character suffix to name its Jobs)',
    'k8s/object-name.system-priority-class':
      'PriorityClass name "{name}" uses the reserved prefix "system-" (only system-node-critical and system-cluster-critical)',
    'k8s/object-name.namespace': 'namespace "{name}" is invalid: must be {expected}',
  },
  ja: {
    'k8s/object-name': '{kind} の名前 "{name}" が不正です: {expected} でなければなりません',
    'k8s/object-name.missing': '{kind} には metadata.name（または metadata.generateName）が必要です',
    'k8s/object-name.cronjob-length':
      'CronJob名 "{name}" が長すぎます: 52文字以内にしてください（コントローラーがJob名に11文字の接尾辞を付けます）',
    'k8s/object-name.system-priority-class':
      'PriorityClass名 "{name}" は予約済みの接頭辞 "system-" を使っています（使えるのは system-node-critical と system-cluster-critical だけです）',
    'k8s/object-name.namespace': 'Namespace名 "{name}" が不正です: {expected} でなければなりません',
  },
};
