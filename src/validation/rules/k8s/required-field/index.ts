import { schemaRule } from '../support/schema-issues.ts';

/** The `required` errors of the kubernetes-models validator and of a custom resource's CRD schema (`support/schema-issues.ts`). */
export const requiredField = schemaRule('k8s/required-field', 'required', 'A field the Kubernetes schema requires is missing.');
