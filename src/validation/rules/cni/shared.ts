import { closest, distance } from 'fastest-levenshtein';
import type { CniConfig } from '../../cni/cni-config.ts';
import { validateList, validateSingle } from '../../cni/cni-schema.validator.js';
import { DELEGATE_OPTIONS, HOST_LOCAL_OPTIONS, KNOWN_PLUGINS, type OptionType } from '../../cni/known-plugins.ts';
import { pointerToPath, valueAt } from '../../json-path.ts';
import { isRecord } from '../../k8s/workloads.ts';
import type { AjvError } from '../../schema/validator-types.ts';
import type { PathKey } from '../../types.ts';
import type { CniRule } from '../rule.ts';

/**
 * What the cni/* rules share: the JSON Schema written from the CNI SPEC v1.1.0 (cni-schema.json, compiled ahead of
 * time) is run once per file and its errors are split by field into rule ids (cni-version, name, plugins,
 * plugin-type, schema); the plugin walkers read the options of known plugins.
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

/**
 * A rule that reports the schema errors assigned to its id. A missing field is reported as `cni/required` (a message
 * these rules share, kept in messages/en.ts and ja.ts), anything else with the rule's own message.
 */
export function schemaRule(id: string, description: string): CniRule {
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

/** The SPEC's reserved plugin keys: `args` and any key starting with `cni.dev/`. */
export function isReservedKey(key: string): boolean {
  return key === 'args' || key.startsWith('cni.dev/');
}

/** The closest candidate to a mistyped key, if it is close enough to be the key meant. */
export function suggestKey(key: string, candidates: string[]): string | undefined {
  const best = closest(key, candidates);
  return best && distance(best.toLowerCase(), key.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** The plugin configurations of a file: the file itself for a single .conf, the entries of `plugins` for a list. */
export function plugins(config: CniConfig): { plugin: Record<string, unknown>; path: PathKey[] }[] {
  if (!isRecord(config.value)) return [];
  if (config.single) return [{ plugin: config.value, path: [] }];
  const list = config.value.plugins;
  if (!Array.isArray(list)) return [];
  return list.flatMap((plugin, index) => (isRecord(plugin) ? [{ plugin, path: ['plugins', index] as PathKey[] }] : []));
}

/** Every option of a known plugin with its documented type; nested delegate (flannel → bridge) and host-local ipam. */
export function walkOptions(
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
