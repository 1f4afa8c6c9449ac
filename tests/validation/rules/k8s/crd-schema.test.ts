import { CLUSTER_CRD, CRD, noSchema, SELECTOR_CRD } from '../../support/crd-fixtures.ts';
import { at, change } from '../../support/manifests.ts';
import { testRule } from '../../support/test-rule.ts';

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
