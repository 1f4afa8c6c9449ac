import { schemaRule } from '../support/schema-issues.ts';

/** The `enum` errors of the kubernetes-models validator and of a custom resource's CRD schema (`support/schema-issues.ts`). */
export const enumValue = schemaRule('k8s/enum', 'enum', 'A value is not one of the values the schema allows.');
