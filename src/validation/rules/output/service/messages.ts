import type { RuleMessages } from '../../rule.ts';

/** The messages of output/service, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'output/service': 'output does not agree with the example set',
    'output/service.unknown': 'Service "{name}" (namespace {namespace}) is not in the example set',
    'output/service.type': 'Service "{name}" has TYPE {found}, but the example set defines {expected}',
    'output/service.ports': 'Service "{name}" shows PORT(S) {found}, but the example set defines {expected}',
    'output/service.external-ip': 'Service "{name}" shows EXTERNAL-IP {found}, which its type cannot have',
    'output/service.selector': 'Service "{name}" shows SELECTOR {found}, but the example set defines {expected}',
  },
  ja: {
    'output/service': '出力がサンプルと一致しません',
    'output/service.unknown': 'Service "{name}"（Namespace {namespace}）はサンプルにありません',
    'output/service.type': 'Service "{name}" のTYPEが {found} ですが、サンプルでは {expected} です',
    'output/service.ports': 'Service "{name}" のPORT(S)が {found} ですが、サンプルでは {expected} です',
    'output/service.external-ip': 'Service "{name}" のEXTERNAL-IP {found} は、そのtypeではありえません',
    'output/service.selector': 'Service "{name}" のSELECTORが {found} ですが、サンプルでは {expected} です',
  },
};
