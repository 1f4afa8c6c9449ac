import { issueRule } from '../support/custom-issues.ts';

/** The `constraint` issues of a custom resource validated against its CRD's structural schema (`support/custom-issues.ts`). */
export const schemaConstraint = issueRule(
  'k8s/schema-constraint',
  'constraint',
  "A custom resource's value is outside a bound of its CRD schema: minimum, maximum, minLength, maxLength, pattern, minItems, maxItems, minProperties, maxProperties, allOf/anyOf/oneOf/not.",
);
