import type { RuleMessages } from '../../rule.ts';

/** The messages of k8s/duplicate-list-key, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'k8s/duplicate-list-key':
      '{field} has two entries with {keys} {value} (the first is [{first}]): accepted on create, but server-side apply rejects duplicate list-map keys',
    'k8s/duplicate-list-key.pod-port':
      'port {value} is already declared by {other} in another container of this Pod (the API server warns: duplicate port definition)',
  },
  ja: {
    'k8s/duplicate-list-key':
      '{field} に {keys} が {value} のエントリーが2つあります（最初は [{first}]）: 作成はできますが、サーバーサイド適用は重複したリストマップキーを拒否します',
    'k8s/duplicate-list-key.pod-port':
      'ポート {value} はこの Pod の別のコンテナー（{other}）ですでに宣言されています（API サーバーは duplicate port definition と警告します）',
  },
};
