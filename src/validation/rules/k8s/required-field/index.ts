import { schemaRule } from '../support/schema-issues.ts';

export const requiredField = schemaRule('k8s/required-field', 'required', 'A field the Kubernetes schema requires is missing.');
