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
      const errors = schemaErrors(config);
      // ajv reports every keyword a value breaks; a value of the wrong type is one mistake, not also a wrong enum value.
      const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => JSON.stringify(e.path)));
      for (const error of errors) {
        if (error.ruleId !== id) continue;
        if (error.keyword !== 'type' && wrongType.has(JSON.stringify(error.path))) continue;
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

const versionSchema = schemaRule('cni/cni-version', '');

/**
 * libcni does not require cniVersion (ConfListFromBytes reads it only when present); the plugins then decode an
 * empty version as 0.1.0, the oldest result format. So a missing cniVersion is a warning, a wrong one an error.
 */
export const cniVersion: CniRule = {
  ...versionSchema,
  description:
    'cniVersion is one of 0.1.0, 0.2.0, 0.3.0, 0.3.1, 0.4.0, 1.0.0, 1.1.0. Missing, it is a warning: libcni accepts it and plugins read the empty version as 0.1.0.',
  check(config, report, env) {
    versionSchema.check(config, report, env);
    if (isRecord(config.value) && !('cniVersion' in config.value) && !('cniVersions' in config.value))
      report({ at: config.at([], { key: true }), messageId: 'cni/cni-version.missing', severity: 'warning', expected: 'cniVersion' });
  },
};
export const cniName = schemaRule('cni/name', 'name is required and matches ^[a-zA-Z0-9][a-zA-Z0-9_.\\-]*$.');
export const cniPlugins = schemaRule('cni/plugins', 'plugins is required in a .conflist and holds at least one plugin configuration.');
export const cniPluginType = schemaRule('cni/plugin-type', 'Every plugin configuration has a non-empty string `type` (the plugin binary).');
export const cniSchema = schemaRule(
  'cni/schema',
  'Other SPEC constraints: capabilities is an object of booleans, disableCheck/disableGC booleans, ipam (may be `{}`: no IPAM) with a string type, dns fields.',
);

/**
 * SPEC "Plugin configuration objects", reserved keys: generated by the runtime at execution time, "and thus should not
 * be used in configuration": `args` and any key starting with `cni.dev/`. (`name` and `cniVersion` in a plugin entry
 * are overwritten by libcni with the list's; `runtimeConfig` appears in the plugins' own documented examples: both
 * are accepted.) "Should not" makes it policy: an error in the example set, a warning for a reader's file.
 */
export const cniReservedKey: CniRule = {
  id: 'cni/reserved-key',
  level: 'policy',
  target: 'cni',
  description:
    'A plugin configuration sets a key the SPEC reserves for the runtime ("should not be used in configuration"): `args`, or any key starting with `cni.dev/`. A plugin-level `name` or `cniVersion` (libcni overwrites them with the list\'s) and `runtimeConfig` are accepted.',
  check(config, report) {
    for (const { plugin, path } of plugins(config))
      for (const key of Object.keys(plugin))
        if (isReservedKey(key)) report({ at: config.at([...path, key], { key: true }), params: { key }, found: key });
  },
};

function isReservedKey(key: string): boolean {
  return key === 'args' || key.startsWith('cni.dev/');
}

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
      const best = closest(key, LIST_KEYS);
      const suggestion =
        best && distance(best.toLowerCase(), key.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
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
      // Keys the runtime fills in (libcni injects name and cniVersion into each entry of a list) are not options.
      if (key === 'runtimeConfig' || isReservedKey(key) || (!config.single && (key === 'cniVersion' || key === 'name'))) continue;
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
      // A single .conf also has the network's own keys at the top (cniVersoin → cniVersion).
      const candidates = config.single && path.length === 1 ? [...Object.keys(known), 'cniVersion', 'name'] : Object.keys(known);
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
