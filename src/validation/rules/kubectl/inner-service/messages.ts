import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/inner-service, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/inner-service': '"{host}" is the Service {name} in namespace {namespace}, which no manifest or command of the set creates',
    'kubectl/inner-service.port': 'Service {name} (namespace {namespace}) has no port {port} (its ports: {ports})',
    'kubectl/inner-service.search':
      'dig does not use the search list without +search, so "{host}" would not resolve: write {fqdn} or add +search',
  },
  ja: {
    'kubectl/inner-service':
      '"{host}" は Namespace {namespace} の Service {name} ですが、サンプルのどのマニフェストやコマンドでも作られていません',
    'kubectl/inner-service.port': 'Service {name}（Namespace {namespace}）にポート {port} はありません（ポート: {ports}）',
    'kubectl/inner-service.search':
      'dig は +search がないと検索リストを使わないため、"{host}" は名前解決できません。{fqdn} と書くか +search を付けてください',
  },
};
