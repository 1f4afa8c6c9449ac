import type { RuleMessages } from '../../rule.ts';

/** The messages of kubectl/unknown-flag, keyed by id or `id.variant`; `{name}` is replaced by the problem's parameter. */
export const messages: RuleMessages = {
  en: {
    'kubectl/unknown-flag': 'unknown flag {flag} for "{command}"',
    'kubectl/unknown-flag.suggest': 'unknown flag {flag} for "{command}"; did you mean {suggestion}?',
  },
  ja: {
    'kubectl/unknown-flag': '"{command}" に不明なフラグ {flag} があります',
    'kubectl/unknown-flag.suggest': '"{command}" に不明なフラグ {flag} があります。{suggestion} ではありませんか？',
  },
};
