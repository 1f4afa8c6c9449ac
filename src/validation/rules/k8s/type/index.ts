import { schemaRule } from '../support/schema-issues.ts';

export const type = schemaRule('k8s/type', 'type', 'A value has the wrong type (string, integer, int-or-string, object, array …).');
