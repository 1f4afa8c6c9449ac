import type { CniRule, Reporter } from '../../rule.ts';
import { suggestKey, walkOptions } from '../shared.ts';

export const cniUnknownPluginKey: CniRule = {
  id: 'cni/unknown-plugin-key',
  level: 'advice',
  target: 'cni',
  description: 'A key a known plugin does not document (plugins ignore unknown keys, so it is most likely a typo): always a warning.',
  check(config, report: Reporter) {
    walkOptions(config, (key, _value, path, known, context) => {
      if (known[key] !== undefined) return;
      // A single .conf also has the network's own keys at the top (cniVersoin → cniVersion).
      const candidates = config.single && path.length === 1 ? [...Object.keys(known), 'cniVersion', 'name'] : Object.keys(known);
      const suggestion = suggestKey(key, candidates);
      report({
        at: config.at(path, { key: true }),
        messageId: suggestion ? 'cni/unknown-plugin-key.suggest' : 'cni/unknown-plugin-key',
        params: { key, plugin: context, ...(suggestion ? { suggestion } : {}) },
        expected: suggestion,
        found: key,
      });
    });
  },
};
