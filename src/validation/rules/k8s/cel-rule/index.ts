import type { ResourceRule } from '../../rule.ts';
import { customIssuesOf, shortRule } from '../support/custom-issues.ts';

export const celRule: ResourceRule = {
  id: 'k8s/cel-rule',
  level: 'api',
  target: 'resource',
  description:
    "A custom resource breaks one of its CRD's `x-kubernetes-validations` CEL rules (message, messageExpression, reason and fieldPath as the API server uses them), or the rule fails to evaluate on it.",
  check(resource, report, env) {
    for (const issue of customIssuesOf(resource, env)?.cel ?? []) {
      if (issue.kind === 'not-evaluated' || issue.kind === 'blocked') continue;
      report({
        at: resource.at(issue.path),
        messageId: issue.kind === 'error' ? 'k8s/cel-rule.error' : 'k8s/cel-rule',
        params: { reason: issue.reason, message: issue.message },
        expected: shortRule(issue.rule),
        found: issue.found,
      });
    }
  },
};
