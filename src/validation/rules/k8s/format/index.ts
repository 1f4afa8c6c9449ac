import { schemaRule } from '../support/schema-issues.ts';

/** The `format` errors of the kubernetes-models validator and of a custom resource's CRD schema (`support/schema-issues.ts`). */
export const format = schemaRule(
  'k8s/format',
  'format',
  'A value does not match its format (quantity such as 64Mi or 250m, date-time, …).',
);
