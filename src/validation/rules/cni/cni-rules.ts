import { closest, distance } from 'fastest-levenshtein';
import type { CniConfig } from '../../cni/cni-config.ts';
import { validateList, validateSingle } from '../../cni/cni-schema.validator.js';
import { DELEGATE_OPTIONS, HOST_LOCAL_OPTIONS, KNOWN_CAPABILITIES, KNOWN_PLUGINS, type OptionType } from '../../cni/known-plugins.ts';
import { pointerToPath, valueAt } from '../../json-path.ts';
import { isRecord } from '../../k8s/workloads.ts';
import type { AjvError } from '../../schema/validator-types.ts';
import type { PathKey } from '../../types.ts';
import type { CniRule, Report } from '../rule.ts';

/**
 * CNI network configuration rules: the JSON Schema written from the CNI SPEC v1.1.0 (cni-schema.json, compiled ahead
 * of time) is run once per file; its errors are split by field into rule ids. Plugin options come after.
 */

interface SchemaError {
  ruleId: string;
  path: PathKey[];
  keyword: string;
  params: Record<string, string>;
}

const cache = new WeakMap<CniConfig, SchemaError[]>();

function schemaErrors(config: CniConfig): SchemaError[] {
  let errors = cache.get(config);
  if (errors) return errors;
  const validate = config.single ? validateSingle : validateList;
  const raw: AjvError[] = validate(config.value) ? [] : [...((validate as { errors?: AjvError[] }).errors ?? [])];
  errors = raw.map((error) => {
    const path = pointerToPath(error.instancePath, config.value);
    const field = error.keyword === 'required' ? String(error.params.missingProperty) : String(path[path.length - 1] ?? '');
    const inPlugin = path[0] === 'plugins' && path.length >= 2;
    let ruleId = 'cni/schema';
    if (field === 'cniVersion' || field === 'cniVersions' || (path[0] === 'cniVersions' && path.length === 2)) ruleId = 'cni/cni-version';
    else if (field === 'name' && path.length <= 1) ruleId = 'cni/name';
    else if (field === 'plugins' && path.length <= 1) ruleId = 'cni/plugins';
    else if (field === 'type' && (inPlugin ? path.length <= 3 : path.length <= 1) && !path.includes('ipam')) ruleId = 'cni/plugin-type';
    const value = valueAt(config.value, path);
    const params: Record<string, string> = {
      field: error.keyword === 'required' ? field : formatField(path),
      found: value === undefined ? '(missing)' : JSON.stringify(value),
    };
    if (error.keyword === 'enum') params.expected = (error.params.allowedValues as string[]).join(', ');
    else if (error.keyword === 'type') params.expected = String(error.params.type);
    else if (error.keyword === 'pattern') params.expected = `matching ${String(error.params.pattern)}`;
    else if (error.keyword === 'minItems') params.expected = `at least ${String(error.params.limit)} item`;
    else if (error.keyword === 'required') params.expected = `a "${field}" field`;
    else params.expected = error.keyword;
    return { ruleId, path, keyword: error.keyword, params };
  });
  cache.set(config, errors);
  return errors;
}

function formatField(path: PathKey[]): string {
  return (
    path
      .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}

function schemaRule(id: string, description: string): CniRule {
  return {
    id,
    level: 'api',
    target: 'cni',
    description,
    check(config, report) {
      for (const error of schemaErrors(config)) {
        if (error.ruleId !== id) continue;
        const at = error.keyword === 'required' ? config.at(error.path, { key: true }) : config.at(error.path);
        report({
          at,
          messageId: error.keyword === 'required' ? 'cni/required' : id,
          params: error.params,
          expected: error.params.expected,
          found: error.params.found,
        });
      }
    },
  };
}

export const cniVersion = schemaRule(
  'cni/cni-version',
  'cniVersion is required and one of 0.1.0, 0.2.0, 0.3.0, 0.3.1, 0.4.0, 1.0.0, 1.1.0.',
);
export const cniName = schemaRule('cni/name', 'name is required and matches ^[a-zA-Z0-9][a-zA-Z0-9_.\\-]*$.');
export const cniPlugins = schemaRule('cni/plugins', 'plugins is required in a .conflist and holds at least one plugin configuration.');
export const cniPluginType = schemaRule('cni/plugin-type', 'Every plugin configuration has a non-empty string `type` (the plugin binary).');
export const cniSchema = schemaRule(
  'cni/schema',
  'Other SPEC constraints: capabilities is an object of booleans, disableCheck/disableGC booleans, ipam has a type, dns fields.',
);

/** Runtime-provided keys (SPEC "Plugin configuration objects"): a plugin entry in a list must not set them itself. */
const RESERVED = ['cniVersion', 'name', 'runtimeConfig', 'prevResult'];

export const cniReservedKey: CniRule = {
  id: 'cni/reserved-key',
  level: 'api',
  target: 'cni',
  description: 'A plugin entry of a .conflist sets a key the runtime provides (cniVersion, name, runtimeConfig, prevResult).',
  check(config, report) {
    for (const { plugin, path } of plugins(config)) {
      if (config.single) continue;
      for (const key of RESERVED) if (key in plugin) report({ at: config.at([...path, key], { key: true }), params: { key }, found: key });
    }
  },
};

function plugins(config: CniConfig): { plugin: Record<string, unknown>; path: PathKey[] }[] {
  if (!isRecord(config.value)) return [];
  if (config.single) return [{ plugin: config.value, path: [] }];
  const list = config.value.plugins;
  if (!Array.isArray(list)) return [];
  return list.flatMap((plugin, index) => (isRecord(plugin) ? [{ plugin, path: ['plugins', index] as PathKey[] }] : []));
}

/** Every option of a known plugin with its documented type; nested delegate (flannel → bridge) and host-local ipam. */
function walkOptions(
  config: CniConfig,
  visit: (key: string, value: unknown, path: PathKey[], known: Record<string, OptionType>, context: string) => void,
) {
  const TOP_LEVEL_SINGLE = new Set(['cniVersion', 'name', 'disableCheck', 'disableGC']);
  for (const { plugin, path } of plugins(config)) {
    const type = plugin.type;
    if (typeof type !== 'string') continue;
    const known = KNOWN_PLUGINS[type];
    if (!known) continue; // a third-party plugin: its options are its own business
    for (const [key, value] of Object.entries(plugin)) {
      if (config.single && TOP_LEVEL_SINGLE.has(key)) continue;
      if (!config.single && RESERVED.includes(key)) continue;
      visit(key, value, [...path, key], known, type);
      if (known[key] === 'delegate' && isRecord(value))
        for (const [k, v] of Object.entries(value)) visit(k, v, [...path, key, k], DELEGATE_OPTIONS, `${type} delegate`);
    }
    const ipam = plugin.ipam ?? (isRecord(plugin.delegate) ? plugin.delegate.ipam : undefined);
    const ipamPath = plugin.ipam !== undefined ? [...path, 'ipam'] : [...path, 'delegate', 'ipam'];
    if (isRecord(ipam) && ipam.type === 'host-local')
      for (const [k, v] of Object.entries(ipam)) visit(k, v, [...ipamPath, k], HOST_LOCAL_OPTIONS, 'host-local ipam');
  }
}

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
  check(config, report: Report) {
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

export const cniUnknownPluginKey: CniRule = {
  id: 'cni/unknown-plugin-key',
  level: 'advice',
  target: 'cni',
  description: 'A key a known plugin does not document (plugins ignore unknown keys, so it is most likely a typo): always a warning.',
  check(config, report: Report) {
    walkOptions(config, (key, _value, path, known, context) => {
      if (known[key] !== undefined) return;
      const candidates = Object.keys(known);
      const best = closest(key, candidates);
      const suggestion =
        best && distance(best.toLowerCase(), key.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
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
