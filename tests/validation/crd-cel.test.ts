import { beforeAll, describe, expect, it } from 'vitest';
import { escapeProperty, evaluateRules, parseFieldPath, toCel } from '../../src/validation/crd/cel.ts';
import { isCIDR, isIP, isQuantity, isURL, loadCelLibrary, re2 } from '../../src/validation/crd/cel-library.ts';
import type { JsonSchemaProps } from '../../src/validation/crd/types.ts';

// The Kubernetes CEL library functions the validator adds to the CEL library, and how rules are run.

describe('Kubernetes CEL library', () => {
  it('isIP accepts IPv4 and IPv6 addresses, not zones, mapped addresses, leading zeros or names', () => {
    for (const ip of ['192.0.2.1', '0.0.0.0', '2001:db8::1', '::1', '1200:0000:AB00:1234:0000:2552:7777:1313'])
      expect(isIP(ip), ip).toBe(true);
    for (const no of ['192.0.2.256', '192.000.2.1', '1.2.3', 'fe80::1%eth0', '::ffff:192.0.2.1', 'example.com', '', '2001:db8::1::2'])
      expect(isIP(no), no).toBe(false);
  });
  it('isCIDR needs a prefix length in range', () => {
    expect(isCIDR('10.0.0.0/8')).toBe(true);
    expect(isCIDR('2001:db8::/32')).toBe(true);
    expect(isCIDR('10.0.0.0/33')).toBe(false);
    expect(isCIDR('10.0.0.0')).toBe(false);
  });
  it('isURL accepts absolute URLs and absolute paths', () => {
    expect(isURL('https://example.com/a?b=c')).toBe(true);
    expect(isURL('/healthz')).toBe(true);
    expect(isURL('example.com')).toBe(false);
    expect(isURL('not a url')).toBe(false);
  });
  it('isQuantity follows resource.ParseQuantity', () => {
    for (const q of ['1', '250m', '64Mi', '1.5Gi', '1e3', '+2k']) expect(isQuantity(q), q).toBe(true);
    for (const q of ['Mi', '1MB', '1.2.3', '']) expect(isQuantity(q), q).toBe(false);
  });
  it('translates RE2 flag groups and anchors, and refuses what JavaScript cannot read', () => {
    expect(re2('^(?i)abc$').test('ABC')).toBe(true);
    expect(re2('(?i)abc').test('xABCx')).toBe(true);
    expect(re2('\\Aab\\z').test('ab')).toBe(true);
    expect(() => re2('(?U)a+')).toThrow(/RE2 flag U/);
    expect(() => re2('a(?P<name')).toThrow(/regular expression/);
  });
});

describe('CEL rules of a schema', () => {
  beforeAll(() => loadCelLibrary());
  const schema: JsonSchemaProps = {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        items: { type: 'object', properties: { matches: { type: 'array', items: { type: 'string' } } } },
        'x-kubernetes-validations': [{ rule: 'self.size() == 0 || has(self[0].matches)', message: 'first item needs matches' }],
      },
      mode: { type: 'string', default: 'On' },
      count: { type: 'integer' },
    },
    'x-kubernetes-validations': [
      { rule: "self.mode == 'On'", message: 'mode must be On' },
      { rule: 'self.count / 2 == 1', message: 'count must be 2 or 3', fieldPath: '.count' },
      { rule: 'self.count.matches("x")', message: 'never evaluated: type error' },
    ],
  };
  it('sees defaults, integers as CEL ints, and has() on an indexed element', () => {
    const issues = evaluateRules(schema, { items: [{ matches: ['a'] }], count: 3 });
    expect(issues.filter((i) => i.kind === 'failed')).toEqual([]);
  });
  it('reports a failed rule at its fieldPath and a missing field as failed, not passed', () => {
    const issues = evaluateRules(schema, { items: [{}], mode: 'Off', count: 5 });
    expect(issues.filter((i) => i.kind === 'failed').map((i) => [i.path.join('.'), i.message])).toEqual([
      ['', 'mode must be On'],
      ['count', 'count must be 2 or 3'],
      ['items', 'first item needs matches'],
    ]);
  });
  it('reports a rule it cannot evaluate instead of passing it', () => {
    const issues = evaluateRules(schema, { count: 2 });
    expect(issues.filter((i) => i.kind === 'error').map((i) => i.rule)).toEqual(['self.count.matches("x")']);
  });
  it('converts values as the API server does for CEL', () => {
    expect(toCel({ type: 'object', properties: { n: { type: 'number' }, i: { type: 'integer' } } }, { n: 2, i: 2 })).toEqual({
      n: 2,
      i: 2n,
    });
  });
  it('escapes property names as Kubernetes does (reserved words, dashes, dots, slashes, double underscores)', () => {
    expect(['namespace', 'x-port', 'a.b', 'a/b', 'a__b', 'plain'].map(escapeProperty)).toEqual([
      '__namespace__',
      'x__dash__port',
      'a__dot__b',
      'a__slash__b',
      'a__underscores__b',
      'plain',
    ]);
    const escaped: JsonSchemaProps = {
      type: 'object',
      properties: {
        namespace: { type: 'string' },
        'max-surge': { type: 'integer' },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
      },
      'x-kubernetes-validations': [
        { rule: "self.__namespace__ != 'kube-system' && self.max__dash__surge < 5 && self.labels['app-name'] == 'web'" },
      ],
    };
    expect(evaluateRules(escaped, { namespace: 'shop', 'max-surge': 2, labels: { 'app-name': 'web' } })).toEqual([]);
    expect(evaluateRules(escaped, { namespace: 'kube-system', 'max-surge': 2, labels: { 'app-name': 'web' } }).map((i) => i.kind)).toEqual([
      'failed',
    ]);
  });
  it('reads the fieldPath forms Kubernetes allows', () => {
    expect(parseFieldPath(".spec.ports['http-alt'].port")).toEqual(['spec', 'ports', 'http-alt', 'port']);
    expect(parseFieldPath('.a[2]')).toEqual(['a', 2]);
  });
});
