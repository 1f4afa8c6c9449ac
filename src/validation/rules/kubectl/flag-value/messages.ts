import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/flag-value, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/flag-value': 'invalid value "{value}" for {flag}: expected {expected}',
    'kubectl/flag-value.missing': 'flag {flag} needs a value ({type})',
    'kubectl/flag-value.port': 'invalid port "{value}": expected [LOCAL_PORT:]REMOTE_PORT with ports 1-65535',
  },
  ja: {
    'kubectl/flag-value': '{flag} の値 "{value}" が不正です: {expected} が必要です',
    'kubectl/flag-value.missing': 'フラグ {flag} には値（{type}）が必要です',
    'kubectl/flag-value.port': 'ポート "{value}" が不正です。[LOCAL_PORT:]REMOTE_PORT の形で、1〜65535 を指定してください',
  },
};
