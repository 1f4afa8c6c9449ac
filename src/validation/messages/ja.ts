/** 日本語のメッセージ（キーは en.ts と同じ）。`{name}` は問題のパラメーターで置き換えます。 */
export const ja: Record<string, string> = {
  'report.header': 'Kubernetes {version}（厳密なスキーマ + APIのルール）',
  'report.summary': '{files} ファイル、{resources} リソース: エラー {errors} 件、警告 {warnings} 件',
  'rule.failed': '{rule} でこのファイルを検査できませんでした: {detail}',
  'cni/required': '必須フィールド "{field}" がありません',
  'kubectl/unknown-command': '不明なコマンド "kubectl {command}" です。"{suggestion}" ではありませんか？',
  'kubectl/unknown-command.sub': '"{command}" に不明なサブコマンド "{sub}" があります（使えるもの: {available}）',
  'kubectl/unknown-flag': '"{command}" に不明なフラグ {flag} があります',
  'kubectl/unknown-flag.suggest': '"{command}" に不明なフラグ {flag} があります。{suggestion} ではありませんか？',
  'kubectl/flag-value': '{flag} の値 "{value}" が不正です: {expected} が必要です',
  'kubectl/flag-value.missing': 'フラグ {flag} には値（{type}）が必要です',
  'kubectl/flag-value.port': 'ポート "{value}" が不正です。[LOCAL_PORT:]REMOTE_PORT の形で、1〜65535 を指定してください',
  'kubectl/missing-argument': '"{command}" には {what} が必要です（使い方: {usage}）',
  'kubectl/output-format': '不明な出力形式 "{format}" です（使えるもの: {formats}）',
  'kubectl/output-format.argument': '出力形式 "{format}" には引数が必要です: -o {format}=…',
  'kubectl/output-format.no-argument': '出力形式 "{format}" は引数を取りません',
  'kubectl/resource-type': '不明なリソースの種類 "{type}" です',
  'kubectl/resource-type.suggest': '不明なリソースの種類 "{type}" です。"{suggestion}" ではありませんか？',
  'kubectl/resource-name': 'オブジェクト名 "{name}" が不正です: {expected} でなければなりません',
  'kubectl/file-not-found': 'ファイル "{file}" はサンプルの中にありません',
  'kubectl/file-not-found.url': 'URL "{file}" は公開しているサンプル（…/examples/<path>）ではありません',
  'kubectl/unknown-object': '{kind} "{name}"（Namespace {namespace}）はサンプルのどのマニフェストやコマンドでも作られていません',
  'kubectl/exec-command.dash':
    'kubectl exec ではコマンドの前に "--" が必要です: kubectl exec POD -- {command}（"exec POD COMMAND" の形は kubectl が拒否します）',
  'kubectl/exec-command.missing': '"kubectl {verb}" には、"--" の後にコンテナで実行するコマンドが必要です',
  'kubectl/exec-command.image': 'kubectl debug には --image（デバッグ用コンテナのイメージ）が必要です（--copy-to を使う場合を除く）',
  'kubectl/exec-command.tty': 'kubectl debug の -t（--tty）には -i（--stdin）も必要です',
  'kubectl/exec-command.target': 'kubectl debug の対象は Pod かノードです。{type} は対象にできません',
  'kubectl/inner-program': 'kubectl {verb} が {where} で実行するプログラム "{program}" は不明です',
  'kubectl/inner-program.suggest':
    'kubectl {verb} が {where} で実行するプログラム "{program}" は不明です。"{suggestion}" ではありませんか？',
  'kubectl/inner-service':
    '"{host}" は Namespace {namespace} の Service {name} ですが、サンプルのどのマニフェストやコマンドでも作られていません',
  'kubectl/inner-service.port': 'Service {name}（Namespace {namespace}）にポート {port} はありません（ポート: {ports}）',
  'kubectl/inner-service.search':
    'dig は +search がないと検索リストを使わないため、"{host}" は名前解決できません。{fqdn} と書くか +search を付けてください',
  'kubectl/inner-unchecked':
    '未チェック: kubectl {verb} が {where} で実行する "{program}" の引数は検証していません（検証するのはプログラム名と、curl、wget、nslookup、dig の名前と URL です。sh -c の中も読みます）',
  'kubectl/inner-unchecked.entrypoint':
    '未チェック: "--" の後の語はイメージのエントリーポイントへの引数です（--command のない kubectl run）',
  'sh/syntax': 'シェルの構文エラーです: {detail}',
  'sh/placeholder': 'コマンドにプレースホルダー {placeholder} があります。実際の名前を使ってください',
  'sh/unknown-program': '不明なプログラム "{program}" です。kubectl か許可されたプログラムを使ってください',
};
