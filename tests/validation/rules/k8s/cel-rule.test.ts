import { CRD, WIDGET, widget, withCrd } from '../../support/crd-fixtures.ts';
import { at, change, fixture } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

// Custom resources validated against their CRD (a file of the same run): its x-kubernetes-validations CEL rules.

const minAboveMax = widget('minReplicas: 1', 'minReplicas: 5');
const unlucky = widget('size: 10', 'size: 13');
const upperOwner = widget('owner: team-a', 'owner: Team-A');
const notAnIp = change(CRD, 'format: ipv4', 'maxLength: 64');
testRule({
  rule: 'k8s/cel-rule',
  accept: [
    { code: WIDGET, with: withCrd, description: 'every rule holds; the oldSelf transition rule is skipped on create' },
    { code: widget('  minReplicas: 1\n', ''), with: withCrd, description: 'has() guards an absent field' },
  ],
  reject: [
    {
      code: minAboveMax,
      with: withCrd,
      ...at(minAboveMax, '5'),
      message: 'Invalid value: minReplicas must not exceed maxReplicas',
      description: 'fieldPath points at the field',
    },
    {
      code: unlucky,
      with: withCrd,
      ...at(unlucky, 'size: 13'),
      message: 'Forbidden: size 13 is unlucky',
      description: 'messageExpression',
    },
    { code: upperOwner, with: withCrd, ...at(upperOwner, 'size: 10'), message: 'owner must be lower case', description: 'strings library' },
    {
      code: widget('192.0.2.10', 'gizmo.example'),
      with: [{ name: 'widget-crd.yaml', text: notAnIp }],
      line: 13,
      column: 12,
      message: 'must be an IP address',
      description: "Kubernetes' isIP",
    },
  ],
});

// Fields at the root and a rule on the root object; a null the API server prunes.
const GAUGE_CRD = fixture('crd/gauge-crd.yaml');
const withGaugeCrd = [{ name: 'gauge-crd.yaml', text: GAUGE_CRD }];
const gauge = (fields: string) => `apiVersion: example.com/v1\nkind: Gauge\nmetadata:\n  name: g\n${fields}`;
const badStep = gauge('base: 3\nstep: 8\n');
const zeroBase = gauge('base: 0\n');
testRule({
  rule: 'k8s/cel-rule',
  accept: [
    { code: gauge('base: 3\nstep: 9\n'), with: withGaugeCrd, description: 'integer arithmetic (%) on CEL ints' },
    { code: gauge('base: 3\nnotes:\n'), with: withGaugeCrd, description: 'a null list, pruned as the API server does' },
  ],
  reject: [
    {
      code: badStep,
      with: withGaugeCrd,
      line: 1,
      column: 1,
      message: 'step must be a multiple of base',
      description: 'a rule on the root object',
    },
    { code: zeroBase, with: withGaugeCrd, ...at(zeroBase, '0'), message: 'base must be positive' },
  ],
});
