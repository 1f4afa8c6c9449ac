import { at, change, fixture } from '../support/manifests.ts';
import { testRule } from '../support/test-rule.ts';

// Custom resources validated against their CRD (a file of the same run): schema, list types, CEL rules, scope.

const CRD = fixture('crd/widget-crd.yaml');
const WIDGET = fixture('crd/widget.yaml');
const withCrd = [{ name: 'widget-crd.yaml', text: CRD }];
const widget = (from: string, to: string) => change(WIDGET, from, to);

const typo = widget('  owner: team-a', '  ownr: team-a');
const metadataTypo = widget('  namespace: default', '  namespce: default');
const embeddedKind = widget('    kind: ConfigMap\n', '');
testRule({
  rule: 'k8s/unknown-field',
  accept: [{ code: WIDGET, with: withCrd, description: 'a widget with every field (preserve-unknown-fields, embedded resource, map)' }],
  reject: [
    { code: typo, with: withCrd, ...at(typo, 'ownr'), message: 'unknown field "ownr" in Widget spec' },
    { code: metadataTypo, with: withCrd, ...at(metadataTypo, 'namespce'), message: 'ObjectMeta' },
    {
      code: widget('    tier: backend', '    tier: backend\nstatus: {}'),
      with: withCrd,
      line: 35,
      column: 1,
      description: 'a root field the schema does not declare',
    },
  ],
});

const sizeString = widget('size: 10', 'size: "10"');
const portList = widget('port: http', 'port: [http]');
testRule({
  rule: 'k8s/type',
  accept: [{ code: widget('port: http', 'port: 8080'), with: withCrd, description: 'int-or-string given a number' }],
  reject: [
    { code: sizeString, with: withCrd, ...at(sizeString, '"10"'), message: 'expected integer' },
    { code: portList, with: withCrd, ...at(portList, '[http]'), message: 'integer or string' },
  ],
});

const noSize = widget('  size: 10\n', '');
const noListenerPort = widget('    - name: web\n      port: 80\n', '    - name: web\n');
testRule({
  rule: 'k8s/required-field',
  accept: [{ code: WIDGET, with: withCrd }],
  reject: [
    { code: noSize, with: withCrd, ...at(noSize, 'spec:'), message: '"size"' },
    { code: noListenerPort, with: withCrd, ...at(noListenerPort, 'name: web'), message: '"port"' },
    {
      code: embeddedKind,
      with: withCrd,
      ...at(embeddedKind, 'template:'),
      message: '"kind"',
      description: 'an embedded resource without kind',
    },
  ],
});

const purple = widget('colour: green', 'colour: purple');
testRule({
  rule: 'k8s/enum',
  accept: [{ code: widget('  colour: green\n', ''), with: withCrd, description: 'an absent field with a default' }],
  reject: [{ code: purple, with: withCrd, ...at(purple, 'purple'), message: 'red, green, blue' }],
});

const badAddress = widget('192.0.2.10', '192.0.2.300');
testRule({
  rule: 'k8s/format',
  accept: [{ code: WIDGET, with: withCrd }],
  reject: [{ code: badAddress, with: withCrd, ...at(badAddress, '192.0.2.300'), message: 'ipv4' }],
});

const tooBig = widget('size: 10', 'size: 101');
const longName = widget('name: gizmo', 'name: gizmogadget');
const upperName = widget('name: gizmo', 'name: Gizmo');
const manyTags = widget('tags: [small, blue]', 'tags: [a, b, c, d]');
testRule({
  rule: 'k8s/schema-constraint',
  accept: [{ code: widget('size: 10', 'size: 100'), with: withCrd, description: 'the maximum itself' }],
  reject: [
    { code: tooBig, with: withCrd, ...at(tooBig, '101'), message: 'maximum: expected at most 100' },
    { code: longName, with: withCrd, ...at(longName, 'gizmogadget'), message: 'maxLength' },
    { code: upperName, with: withCrd, ...at(upperName, 'Gizmo'), message: 'pattern' },
    { code: manyTags, with: withCrd, ...at(manyTags, '[a, b'), message: 'maxItems' },
  ],
});

const duplicateTag = widget('tags: [small, blue]', 'tags: [small, small]');
const duplicateListener = widget('    - name: dns-tcp\n      port: 53\n', '    - name: dns-tcp\n      port: 53\n      protocol: UDP\n');
testRule({
  rule: 'k8s/list-type',
  accept: [{ code: WIDGET, with: withCrd, description: 'same port, different protocol (one of them defaulted)' }],
  reject: [
    { code: duplicateTag, with: withCrd, ...at(duplicateTag, 'small]'), messageId: 'k8s/list-type.set' },
    {
      code: duplicateListener,
      with: withCrd,
      ...at(duplicateListener, 'name: dns-tcp'),
      message: 'port=53, protocol="UDP"',
    },
  ],
});

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

const unimplemented = change(CRD, 'rule: isIP(self)', 'rule: ip(self).family() == 4');
testRule({
  rule: 'k8s/cel-not-evaluated',
  accept: [
    { code: WIDGET, with: withCrd },
    { code: tooBig, with: withCrd, description: 'a maximum exceeded does not block the rules' },
  ],
  reject: [
    {
      code: WIDGET,
      with: [{ name: 'widget-crd.yaml', text: unimplemented }],
      ...at(WIDGET, '192.0.2.10'),
      severity: 'warning',
      message: 'not evaluated',
      description: 'a rule that calls a function the validator lacks (ip())',
    },
    {
      code: typo,
      with: withCrd,
      line: 1,
      column: 1,
      messageId: 'k8s/cel-not-evaluated.blocked',
      severity: 'warning',
      description: 'rules blocked by an unknown field, as the API server blocks them',
    },
  ],
});

const CLUSTER_CRD = fixture('crd/cluster-crd.yaml');
const fleet = (metadata: string) => `apiVersion: example.com/v1\nkind: Fleet\nmetadata:\n${metadata}spec:\n  any: thing\n`;
const namespacedFleet = fleet('  name: blue\n  namespace: default\n');
testRule({
  rule: 'k8s/crd-scope',
  accept: [
    { code: fleet('  name: blue\n'), with: [{ name: 'fleet-crd.yaml', text: CLUSTER_CRD }] },
    { code: WIDGET, with: withCrd, description: 'a namespaced kind with a namespace' },
  ],
  reject: [
    {
      code: namespacedFleet,
      with: [{ name: 'fleet-crd.yaml', text: CLUSTER_CRD }],
      ...at(namespacedFleet, 'default'),
      severity: 'warning',
    },
  ],
});

const oldVersion = widget('example.com/v1', 'example.com/v1alpha1');
testRule({
  rule: 'k8s/unknown-kind',
  accept: [
    { code: WIDGET, with: withCrd, description: 'a kind its CRD serves' },
    { code: `${CRD}---\n${WIDGET}`, description: 'the CRD in the same file' },
  ],
  reject: [
    { code: WIDGET, ...at(WIDGET, 'Widget'), messageId: 'k8s/unknown-kind', description: 'a custom resource without its CRD' },
    {
      code: oldVersion,
      with: withCrd,
      ...at(oldVersion, 'example.com/v1alpha1'),
      messageId: 'k8s/unknown-kind.crd-version',
      message: 'example.com/v1',
    },
  ],
});

// Label rules follow schema-typed locations: a CRD's openAPIV3Schema (and a custom resource's own fields) is not a
// label map, however its properties are named. The custom resource's metadata.labels still is.
const SELECTOR_CRD = fixture('crd/selector-crd.yaml');
const PROBE = fixture('crd/probe.yaml');
const withSelectorCrd = [{ name: 'selector-crd.yaml', text: SELECTOR_CRD }];
const badProbeLabel = change(PROBE, '    app.kubernetes.io/name: probes', '    app.kubernetes.io/name: probes for edge');
const badCrdLabelKey = change(SELECTOR_CRD, '    app.kubernetes.io/name: probes', '    -app: probes');
testRule({
  rule: 'k8s/label-value',
  accept: [
    { code: SELECTOR_CRD, description: 'matchLabels and nodeSelector properties with descriptions in a CRD schema' },
    { code: PROBE, with: withSelectorCrd, description: "a custom resource's own selector fields" },
  ],
  reject: [
    {
      code: badProbeLabel,
      with: withSelectorCrd,
      ...at(badProbeLabel, 'probes for edge'),
      description: "a custom resource's metadata.labels",
    },
  ],
});
testRule({
  rule: 'k8s/label-key',
  accept: [{ code: SELECTOR_CRD, description: 'schema keywords under matchLabels are not label keys' }],
  reject: [{ code: badCrdLabelKey, ...at(badCrdLabelKey, '-app'), description: "the CRD's own metadata.labels" }],
});

// CRD schema well-formedness, as the API server checks a CRD on create (structural schema, x-kubernetes-* use).
const unknownType = change(
  CRD,
  '                owner:\n                  type: string',
  '                owner:\n                  type: text',
);
const rootString = change(
  CRD,
  '        openAPIV3Schema:\n          type: object\n          properties:',
  '        openAPIV3Schema:\n          type: string\n          properties:',
);
const mixed = change(
  CRD,
  '                labels:\n                  type: object\n',
  '                labels:\n                  type: object\n                  properties:\n                    tier:\n                      type: string\n',
);
const noItems = change(
  CRD,
  '                  maxItems: 3\n                  items:\n                    type: string\n',
  '                  maxItems: 3\n',
);
const noMapKeys = change(CRD, '                  x-kubernetes-list-map-keys: [port, protocol]\n', '');
const noType = change(
  CRD,
  '                minReplicas:\n                  type: integer\n',
  '                minReplicas:\n                  minimum: 0\n',
);
const nestedType = change(
  CRD,
  '                  anyOf:\n                    - type: integer\n                    - type: string\n',
  '                  anyOf:\n                    - type: integer\n                    - type: string\n                      maxLength: 15\n',
);
const badReason = change(CRD, 'reason: FieldValueForbidden', 'reason: Forbidden');
const noSchema = change(
  CLUSTER_CRD,
  '      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n            spec:\n              type: object\n              x-kubernetes-preserve-unknown-fields: true\n',
  '',
);
testRule({
  rule: 'k8s/crd-schema',
  accept: [
    { code: CRD, description: 'every extension used as the API server allows (int-or-string anyOf, embedded resource, list map)' },
    { code: SELECTOR_CRD },
    { code: CLUSTER_CRD },
  ],
  reject: [
    {
      code: unknownType,
      ...at(unknownType, 'type: text'),
      messageId: 'k8s/crd-schema.type',
      message: 'array, boolean, integer, number, object, string',
    },
    { code: rootString, ...at(rootString, 'type: string\n          properties'), messageId: 'k8s/crd-schema.root-type' },
    {
      code: mixed,
      ...at(mixed, 'additionalProperties:\n                    type: string\n', 0),
      messageId: 'k8s/crd-schema.properties-additional',
    },
    { code: noItems, ...at(noItems, 'tags:'), messageId: 'k8s/crd-schema.items-required' },
    { code: noMapKeys, ...at(noMapKeys, 'listeners:'), messageId: 'k8s/crd-schema.map-keys-required' },
    { code: noType, ...at(noType, 'minReplicas:'), messageId: 'k8s/crd-schema.empty-type-field', description: 'a field without a type' },
    {
      code: nestedType,
      ...at(nestedType, '- type: integer', 2),
      messageId: 'k8s/crd-schema.nested-forbidden',
      count: 2,
      description: 'type under anyOf beyond the int-or-string pattern (both branches)',
    },
    { code: badReason, ...at(badReason, 'reason: Forbidden'), messageId: 'k8s/crd-schema.unsupported', message: 'FieldValueForbidden' },
    { code: noSchema, ...at(noSchema, 'name: v1'), messageId: 'k8s/crd-schema.schema-required' },
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

// A served version without a schema cannot be validated: its objects are errors, never a silent pass.
const schemaless = fleet('  name: blue\n');
testRule({
  rule: 'k8s/unknown-kind',
  accept: [{ code: schemaless, with: [{ name: 'fleet-crd.yaml', text: CLUSTER_CRD }] }],
  reject: [
    {
      code: schemaless,
      with: [{ name: 'fleet-crd.yaml', text: noSchema }],
      ...at(schemaless, 'Fleet'),
      messageId: 'k8s/unknown-kind.no-schema',
      description: 'a CRD version without openAPIV3Schema',
    },
  ],
});
