import { KNOWN_CAPABILITIES, type OptionType } from '../../../cni/known-plugins.ts';
import { isRecord } from '../../../k8s/workloads.ts';
import type { CniRule, Reporter } from '../../rule.ts';
import { plugins, walkOptions } from '../shared.ts';

function typeMatches(type: OptionType, value: unknown): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    default:
      return isRecord(value);
  }
}

export const cniPluginOption: CniRule = {
  id: 'cni/plugin-option',
  level: 'api',
  target: 'cni',
  description:
    'An option of a known plugin (flannel and its bridge delegate, bridge, portmap, bandwidth, host-local ipam) has the wrong type, or a capability the plugin does not support is enabled.',
  check(config, report: Reporter) {
    walkOptions(config, (key, value, path, known, context) => {
      const type = known[key];
      if (type && !typeMatches(type, value)) {
        const expected = type === 'ipam' || type === 'delegate' ? 'object' : type;
        report({
          at: config.at(path),
          params: { key, plugin: context },
          expected,
          found: JSON.stringify(value),
        });
      }
    });
    for (const { plugin, path } of plugins(config)) {
      const supported = typeof plugin.type === 'string' ? KNOWN_CAPABILITIES[plugin.type] : undefined;
      if (!supported || !isRecord(plugin.capabilities)) continue;
      for (const [capability, enabled] of Object.entries(plugin.capabilities)) {
        if (enabled === true && !supported.includes(capability)) {
          report({
            at: config.at([...path, 'capabilities', capability], { key: true }),
            messageId: 'cni/plugin-option.capability',
            params: { capability, plugin: String(plugin.type) },
            expected: supported.join(', ') || '(none)',
            found: capability,
          });
        }
      }
    }
  },
};
