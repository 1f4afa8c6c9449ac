import { issueRule } from '../support/custom-issues.ts';

/** The `list-type` issues of a custom resource validated against its CRD's structural schema (`support/custom-issues.ts`). */
export const listType = issueRule(
  'k8s/list-type',
  'list-type',
  'A list the CRD schema declares `x-kubernetes-list-type: set` has a duplicate item, or one of type `map` two items with the same `x-kubernetes-list-map-keys` (defaults applied).',
);
