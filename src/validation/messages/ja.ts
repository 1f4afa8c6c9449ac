/** 日本語のメッセージ（キーは en.ts と同じ）。`{name}` は問題のパラメーターで置き換えます。 */
export const ja: Record<string, string> = {
  'report.header': 'Kubernetes {version}（厳密なスキーマ + APIのルール）',
  'report.summary': '{files} ファイル、{resources} リソース: エラー {errors} 件、警告 {warnings} 件',
  'rule.failed': '{rule} でこのファイルを検査できませんでした: {detail}',
  'cni/required': '必須フィールド "{field}" がありません',
};
