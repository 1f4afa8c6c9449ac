import { schemaRule } from './support/schema-issues.ts';

export const requiredField = schemaRule('k8s/required-field', 'required', 'A field the Kubernetes schema requires is missing.');

export const type = schemaRule('k8s/type', 'type', 'A value has the wrong type (string, integer, int-or-string, object, array …).');

export const enumValue = schemaRule('k8s/enum', 'enum', 'A value is not one of the values the schema allows.');

export const format = schemaRule(
  'k8s/format',
  'format',
  'A value does not match its format (quantity such as 64Mi or 250m, date-time, …).',
);
