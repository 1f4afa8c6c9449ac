import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/validation/engine.ts';
import { at, change } from './support/manifests.ts';

/**
 * Gateway API objects validate out of the box against the bundled standard-channel snapshot (schemas and CEL rules).
 * The fixtures are our own, written after the shapes of the Gateway API project's examples/standard.
 */
const dir = join(import.meta.dirname, 'fixtures', 'gateway-api');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') || f.endsWith('.sh'))
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const text = (name: string) => files.find((f) => f.name === name)!.text;
const others = (name: string) => files.filter((f) => f.name !== name);

async function problemsWith(name: string, changed: string) {
  const report = await validateFiles([...others(name), { name, text: changed }], { mode: 'example-set' });
  return report.problems.map((p) => ({ ...p, where: `${p.file}:${p.line}:${p.column}` }));
}

describe('Gateway API (bundled snapshot)', () => {
  it('accepts the standard-channel fixtures with no problem at all', async () => {
    const report = await validateFiles(files, { mode: 'example-set' });
    expect(report.resources).toBeGreaterThanOrEqual(9);
    expect(report.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([]);
  });

  it('rejects an HTTPRoute with an unknown field, on its line', async () => {
    const changed = change(text('httproute.yaml'), '          weight: 90', '          wieght: 90');
    const problems = await problemsWith('httproute.yaml', changed);
    const { line, column } = at(changed, 'wieght');
    const unknown = problems.filter((p) => p.ruleId === 'k8s/unknown-field');
    expect(unknown.map((p) => p.where)).toEqual([`httproute.yaml:${line}:${column}`]);
    expect(unknown[0]!.message).toBe('unknown field "wieght" in HTTPRoute spec.rules[1].backendRefs[0]; did you mean "weight"?');
  });

  it('rejects an HTTPRoute that breaks a CEL rule (ReplacePrefixMatch needs one PathPrefix match)', async () => {
    const changed = change(
      text('httproute.yaml'),
      '            type: PathPrefix\n            value: /legacy',
      '            type: Exact\n            value: /legacy',
    );
    const problems = (await problemsWith('httproute.yaml', changed)).filter((p) => p.ruleId === 'k8s/cel-rule');
    const { line, column } = at(changed, 'matches:\n        - path:\n            type: Exact');
    expect(problems.map((p) => p.where)).toEqual([`httproute.yaml:${line}:${column}`]);
    expect(problems[0]!.message).toContain('exactly one PathPrefix match must be specified');
  });

  it('rejects a backendRequest timeout longer than the request timeout (duration())', async () => {
    const changed = change(text('httproute.yaml'), 'backendRequest: 4s', 'backendRequest: 20s');
    const problems = (await problemsWith('httproute.yaml', changed)).filter((p) => p.ruleId === 'k8s/cel-rule');
    const { line, column } = at(changed, 'request: 10s');
    expect(problems.map((p) => p.where)).toEqual([`httproute.yaml:${line}:${column}`]);
  });

  it('rejects an IP address as a TLSRoute hostname (isIP())', async () => {
    const changed = change(text('tlsroute.yaml'), '    - ledger.shop.example.net', '    - 192.0.2.1');
    const problems = (await problemsWith('tlsroute.yaml', changed)).filter((p) => p.severity === 'error');
    const { line, column } = at(changed, '- 192.0.2.1'); // the rule is on the list: spec.hostnames
    expect(problems.map((p) => `${p.ruleId} ${p.where}`)).toEqual([`k8s/cel-rule tlsroute.yaml:${line}:${column}`]);
    expect(problems[0]!.message).toBe('Invalid value: Hostnames cannot contain an IP');
  });

  it('rejects a wildcard that is not the first label (contains, startsWith, substring, matches)', async () => {
    const changed = change(text('tlsroute.yaml'), '    - ledger.shop.example.net', '    - ledger.*.example.net');
    const problems = (await problemsWith('tlsroute.yaml', changed)).filter((p) => p.ruleId === 'k8s/cel-rule');
    expect(problems.map((p) => p.message)).toEqual([
      'Invalid value: Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123',
    ]);
  });

  it("rejects an infrastructure label key whose prefix is longer than 253 characters (split), and keeps the keys' own syntax rule", async () => {
    const longPrefix = `${'a'.repeat(254)}/tier`;
    const changed = change(
      text('gateway.yaml'),
      '  gatewayClassName: edge',
      `  gatewayClassName: edge\n  infrastructure:\n    labels:\n      ${longPrefix}: edge\n      ok.example.net/tier: edge`,
    );
    const problems = (await problemsWith('gateway.yaml', changed)).filter((p) => p.ruleId === 'k8s/cel-rule');
    const { line, column } = at(changed, longPrefix);
    expect(problems.map((p) => `${p.where} ${p.message}`)).toEqual([
      `gateway.yaml:${line}:${column} Invalid value: If specified, the label key's prefix must be a DNS subdomain not longer than 253 characters in total.`,
    ]);
  });

  it('rejects a Gateway listener with an invalid port, on its line', async () => {
    const changed = change(text('gateway.yaml'), 'port: 8443', 'port: 84430');
    const problems = (await problemsWith('gateway.yaml', changed)).filter((p) => p.severity === 'error');
    const { line, column } = at(changed, '84430');
    expect(problems.map((p) => `${p.ruleId} ${p.where}`)).toEqual([`k8s/schema-constraint gateway.yaml:${line}:${column}`]);
    expect(problems[0]!.message).toBe('maximum: expected at most 65535, found 84430');
  });

  it('rejects two listeners with the same name (x-kubernetes-list-type: map)', async () => {
    const changed = change(text('gateway.yaml'), '    - name: secure', '    - name: plain');
    const problems = (await problemsWith('gateway.yaml', changed)).filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.ruleId)).toContain('k8s/list-type');
  });

  it('rejects a version the CRDs no longer serve', async () => {
    const changed = change(text('gateway.yaml'), 'kind: GatewayClass', 'kind: GatewayClass').replace(
      'gateway.networking.k8s.io/v1\nkind: GatewayClass',
      'gateway.networking.k8s.io/v1alpha1\nkind: GatewayClass',
    );
    const problems = (await problemsWith('gateway.yaml', changed)).filter((p) => p.ruleId === 'k8s/unknown-kind');
    expect(problems.map((p) => p.messageId)).toEqual(['k8s/unknown-kind.crd-version']);
    expect(problems[0]!.message).toContain('gateway.networking.k8s.io/v1');
  });

  it('knows the Gateway API resource types in kubectl commands, from the CRDs (plural, singular, short name)', async () => {
    const changed = change(text('inspect.sh'), 'kubectl get gtw shop-gateway', 'kubectl get gatway shop-gateway');
    const problems = (await problemsWith('inspect.sh', changed)).filter((p) => p.ruleId === 'kubectl/resource-type');
    const { line, column } = at(changed, 'gatway');
    expect(problems.map((p) => `${p.where} ${p.message}`)).toEqual([`inspect.sh:${line}:${column} ${problems[0]?.message ?? ''}`]);
    expect(problems[0]!.message).toContain('"gateway"');
  });

  it('reports in Japanese too', async () => {
    const changed = change(text('gateway.yaml'), 'port: 8443', 'port: 0');
    const report = await validateFiles([{ name: 'gateway.yaml', text: changed }], { lang: 'ja' });
    const problem = report.problems.find((p) => p.ruleId === 'k8s/schema-constraint')!;
    expect(problem.message).toBe('minimum: at least 1 でなければなりませんが、0 です');
  });
});
