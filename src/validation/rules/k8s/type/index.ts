import { schemaRule } from '../support/schema-issues.ts';

/** The `type` errors of the kubernetes-models validator and of a custom resource's CRD schema (`support/schema-issues.ts`). */
export const type = schemaRule('k8s/type', 'type', 'A value has the wrong type (string, integer, int-or-string, object, array …).');
