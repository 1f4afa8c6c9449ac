import type { RuleMessages } from '../../rule.ts';

/** The messages of cni/cni-version, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'cni/cni-version': 'cniVersion {found} is invalid: expected {expected}',
    'cni/cni-version.missing': 'cniVersion is missing: libcni accepts that, but plugins then read the configuration as version 0.1.0',
  },
  ja: {
    'cni/cni-version': 'cniVersion {found} が不正です: {expected} のいずれかが必要です',
    'cni/cni-version.missing': 'cniVersion がありません: libcni は受け付けますが、プラグインは設定をバージョン 0.1.0 として読みます',
  },
};
