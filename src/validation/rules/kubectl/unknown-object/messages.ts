import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/unknown-object, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/unknown-object': '{kind} "{name}" (namespace {namespace}) is not created by any manifest or command of the set',
  },
  ja: {
    'kubectl/unknown-object': '{kind} "{name}"（Namespace {namespace}）はサンプルのどのマニフェストやコマンドでも作られていません',
  },
};
