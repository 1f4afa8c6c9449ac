import type { Environment } from '@marcbachmann/cel-js';
import { isCidr, isIPv4, isIPv6 } from './formats.ts';

/**
 * The CEL environment of CRD validation rules: the library's standard functions and macros (has, all, exists,
 * exists_one, filter, map, size, matches, contains, startsWith, endsWith, duration, timestamp; and the strings
 * extension's split, substring, indexOf, join), plus the Kubernetes library functions the supported CRDs use,
 * written here because the library has no Kubernetes extensions (k8s.io/apiserver/pkg/cel/library).
 * A rule calling any other function fails the type check and is reported as not evaluated.
 */

/** isIP (library/ip.go): an IPv4 or IPv6 address; zones and IPv4-mapped IPv6 addresses are not IPs to Kubernetes. */
export function isIP(text: string): boolean {
  if (isIPv4(text)) return true;
  return isIPv6(text) && !/^::ffff:/i.test(text);
}

/** isCIDR (library/cidr.go): a prefix in CIDR notation. */
export function isCIDR(text: string): boolean {
  const address = text.slice(0, text.indexOf('/'));
  return isCidr(text) && !/^::ffff:/i.test(address);
}

/** isURL (library/urls.go): Go's url.ParseRequestURI accepts an absolute URL or an absolute path. */
export function isURL(text: string): boolean {
  if (text.startsWith('/')) return !/[\s]/.test(text);
  try {
    const url = new URL(text);
    return /^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) && !/\s/.test(text);
  } catch {
    return false;
  }
}

const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;

/** isQuantity (library/quantity.go): resource.ParseQuantity's grammar. */
export function isQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

/**
 * `has()` on any expression (`has(self[0].matches)`, allowed by the CEL spec): the library's own macro accepts only a
 * chain of identifiers, so rules it rejects are compiled again with `has(` read as this macro (see compileRule).
 */
const hasOnAnyExpression = ({ args }: { args: unknown[] }) => ({
  args,
  async: false,
  // biome-ignore lint/suspicious/noExplicitAny: cel-js does not export the types of its macro checker and AST nodes.
  typeCheck(checker: any, macro: any, ctx: unknown) {
    const node = macro.args[0];
    if (node.op !== '.') throw checker.createError('invalid_macro_argument', 'has() invalid argument', node);
    checker.check(node.args[0], ctx);
    return checker.getType('bool');
  },
  // biome-ignore lint/suspicious/noExplicitAny: as above, for its evaluator.
  evaluate(evaluator: any, macro: any, ctx: unknown) {
    const node = macro.args[0];
    const object = evaluator.run(node.args[0], ctx);
    return evaluator.debugType(object).fieldLazy(object, node.args[1], node, evaluator) !== undefined;
  },
});
export const HAS_ANY = 'k8sHasField';

/** A regular expression the validator cannot translate from RE2: the rule is reported as not evaluated. */
export class UnsupportedRegex extends Error {}

/** A flag group at the start (or just after `^`, where it applies to the whole pattern too). */
const RE2_FLAGS = /^(\^?)\(\?([imsU]+)\)/;
const regexes = new Map<string, RegExp | UnsupportedRegex>();

/**
 * RE2 (Go's regexp, which CEL's `matches` uses) as a JavaScript RegExp: a leading flag group such as `(?i)` becomes a
 * flag, `\A` and `\z` anchors. Anything JavaScript rejects is unsupported, never silently true or false.
 */
export function re2(pattern: string): RegExp {
  let cached = regexes.get(pattern);
  if (!cached) {
    let flags = 'u';
    let source = pattern;
    const leading = RE2_FLAGS.exec(source);
    if (leading) {
      if (leading[2]!.includes('U')) cached = new UnsupportedRegex(`RE2 flag U in ${pattern}`);
      flags += leading[2]!.replace(/U/g, '');
      source = leading[1] + source.slice(leading[0].length);
    }
    source = source.replace(/\\A/g, '^').replace(/\\z/g, '$');
    if (!cached) {
      try {
        cached = new RegExp(source, flags);
      } catch {
        cached = new UnsupportedRegex(`regular expression ${pattern}`);
      }
    }
    regexes.set(pattern, cached);
  }
  if (cached instanceof UnsupportedRegex) throw cached;
  return cached;
}

/** Rules call `.matches(` as RE2; the library's own `matches` uses JavaScript's syntax, so rules are compiled with this. */
export const RE2_MATCHES = 'k8sMatchesRe2';

let shared: Environment | undefined;
let library: Promise<void> | undefined;

/**
 * Loads the CEL library (a separate chunk in a browser bundle): the engine awaits it only for a run with custom
 * resources of a known CRD, so most runs, and the playground's first answer, do without it.
 */
export function loadCelLibrary(): Promise<void> {
  library ??= import('@marcbachmann/cel-js').then(({ Environment }) => {
    shared = new Environment({ homogeneousAggregateLiterals: false })
      .registerVariable('self', 'dyn')
      .registerFunction('isIP(string): bool', isIP)
      .registerFunction('isCIDR(string): bool', isCIDR)
      .registerFunction('isURL(string): bool', isURL)
      .registerFunction('isQuantity(string): bool', isQuantity)
      .registerFunction(`${HAS_ANY}(ast): bool`, hasOnAnyExpression as never)
      .registerFunction(`string.${RE2_MATCHES}(string): bool`, (text: string, pattern: string) => re2(pattern).test(text));
  });
  return library;
}

/** The environment; loadCelLibrary() must have resolved (the engine sees to it). */
export function celEnvironment(): Environment {
  if (!shared) throw new Error('the CEL library is not loaded (await loadCelLibrary() first)');
  return shared;
}
