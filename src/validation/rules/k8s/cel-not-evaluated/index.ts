import type { ResourceRule } from '../../rule.ts';
import { customIssuesOf, shortRule } from '../support/custom-issues.ts';

export const celNotEvaluated: ResourceRule = {
  id: 'k8s/cel-not-evaluated',
  level: 'advice',
  target: 'resource',
  description:
    "A CEL rule uses a function or regular expression the validator does not implement, or the object's schema errors block the CEL rules (unknown field, type, required, enum, too long, too many, as the API server's hasBlockingErr): reported, never passed silently.",
  check(resource, report, env) {
    for (const issue of customIssuesOf(resource, env)?.cel ?? []) {
      if (issue.kind === 'blocked') report({ at: resource.at(issue.path), messageId: 'k8s/cel-not-evaluated.blocked' });
      if (issue.kind !== 'not-evaluated') continue;
      report({ at: resource.at(issue.path), params: { detail: issue.message }, expected: shortRule(issue.rule) });
    }
  },
};
