/**
 * Plain scalars as kubectl reads them. kubectl (and the API server's YAML decoding) goes through sigs.k8s.io/yaml,
 * which is go-yaml v2: YAML 1.1 scalars, not YAML 1.2's core schema. The rules here follow `resolve()` in go-yaml
 * v2.4's resolve.go:
 * - booleans: y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF;
 * - null: empty, ~, null, Null, NULL;
 * - integers: strconv.ParseInt(s, 0, 64) after removing '_': 0x1F, 0o17, 0b101 and the YAML 1.1 octal 0644 (= 420);
 * - floats: [-+]?(.[0-9]+|[0-9]+(.[0-9]*)?)([eE][-+]?[0-9]+)? and .inf/.nan; sexagesimal (1:30) is a string;
 * - timestamps stay strings (v2 keeps them strings when decoding into interface{}, which sigs.k8s.io/yaml does).
 * Neither parser has this schema (js-yaml has YAML 1.2 only; yaml's 'yaml-1.1' schema differs: no y/n, sexagesimal
 * numbers, Date timestamps), so it is written here and plugged into both.
 */

const BOOLS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
]);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = new Map<string, number>([
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, Number.NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Number.POSITIVE_INFINITY] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, Number.NEGATIVE_INFINITY] as const),
]);

/** go-yaml's resolveTable: only scalars starting with one of these are anything but a string. */
const HINTS = /^[-+0-9yYnNtTfFoO~.]/;
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_FLOAT_AFTER_DOT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

/** What go-yaml v2 makes of a plain (unquoted, untagged) scalar. */
export function resolvePlainScalar(text: string): string | number | boolean | null {
  if (NULLS.has(text)) return null;
  if (!HINTS.test(text)) return text;
  const bool = BOOLS.get(text);
  if (bool !== undefined) return bool;
  const special = SPECIAL_FLOATS.get(text);
  if (special !== undefined) return special;
  const first = text.charCodeAt(0);
  if (first === 46 /* . */) return GO_FLOAT_AFTER_DOT.test(text) ? Number(text) : text;
  const isDigitOrSign = first === 43 || first === 45 || (first >= 48 && first <= 57);
  if (!isDigitOrSign) return text;
  const plain = text.replace(/_/g, '');
  if (GO_INT.test(plain)) return parseGoInt(plain);
  if (YAML_STYLE_FLOAT.test(plain)) return Number(plain);
  return text;
}

function parseGoInt(plain: string): number {
  const negative = plain.startsWith('-');
  const body = plain.replace(/^[-+]/, '');
  let value: number;
  if (/^0[xX]/.test(body)) value = Number.parseInt(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) value = Number.parseInt(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) value = Number.parseInt(body.slice(2), 2);
  else if (body.length > 1 && body.startsWith('0')) value = Number.parseInt(body.slice(1), 8);
  else value = Number.parseInt(body, 10);
  return negative ? -value : value;
}

/**
 * Whether YAML 1.2 (what a reader, an editor and most linters assume) reads the plain scalar differently: `NO` is a
 * string there and false for kubectl; `0644` is 644 there and 420 for kubectl. Used to explain type errors.
 */
export function readsDifferentlyInYaml12(text: string): boolean {
  const kubectl = resolvePlainScalar(text);
  const core = resolveCore12(text);
  return !Object.is(kubectl, core);
}

/** The YAML 1.2 core schema's resolution of a plain scalar (yaml.org/spec/1.2.2 10.3.2). */
function resolveCore12(text: string): string | number | boolean | null {
  if (/^(?:null|Null|NULL|~|)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^0o[0-7]+$/.test(text)) return Number.parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return Number.parseInt(text.slice(2), 16);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^\.(nan|NaN|NAN)$/.test(text)) return Number.NaN;
  return text;
}

/** The scalars resolvePlainScalar may turn into something other than a string (the implicit-tag test of both parsers). */
export const MAY_RESOLVE = /^(?:$|[-+0-9yYnNtTfFoO~.])/;
