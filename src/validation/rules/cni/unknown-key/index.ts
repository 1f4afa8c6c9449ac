import { isRecord } from '../../../k8s/workloads.ts';
import type { CniRule } from '../../rule.ts';
import { suggestKey } from '../shared.ts';

/** The keys SPEC v1.1.0 defines for a configuration list (section "Configuration format"). */
const LIST_KEYS = ['cniVersion', 'cniVersions', 'name', 'disableCheck', 'disableGC', 'loadOnlyInlinedPlugins', 'plugins'];

export const cniUnknownKey: CniRule = {
  id: 'cni/unknown-key',
  level: 'advice',
  target: 'cni',
  description:
    'A top-level key of a .conflist that the SPEC does not define (libcni ignores it, so most likely a typo such as `cniVersoin`), with a "did you mean".',
  check(config, report) {
    if (config.single || !isRecord(config.value)) return;
    for (const key of Object.keys(config.value)) {
      if (LIST_KEYS.includes(key)) continue;
      const suggestion = suggestKey(key, LIST_KEYS);
      report({
        at: config.at([key], { key: true }),
        messageId: suggestion ? 'cni/unknown-key.suggest' : 'cni/unknown-key',
        params: { key, ...(suggestion ? { suggestion } : {}) },
        expected: suggestion,
        found: key,
      });
    }
  },
};
