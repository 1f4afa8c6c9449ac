import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import { objectNameProblem } from '../../../kubectl/object-names.ts';
import type { CommandRule } from '../../rule.ts';

/** Each name word of a known kind, as the API server would validate the name of that kind (`k8s/kind-names.ts`). */
export const resourceName: CommandRule = {
  id: 'kubectl/resource-name',
  level: 'api',
  target: 'command',
  description:
    'An object name in TYPE/NAME or TYPE NAME form (or made by `kubectl create <kind> NAME`) that is empty or not valid for that kind, with the same per-kind name rules as `k8s/object-name` (`clusterrole system:coredns` is fine, `svc web.v2` is not).',
  check(command, report, env, file) {
    for (const { name, word, kind } of kubectlOf(command, env.crds?.resourceTypes())?.names ?? []) {
      const problem = objectNameProblem(name, kind);
      if (problem) report({ at: file.at(word), params: { name, expected: problem }, expected: problem, found: name });
    }
  },
};
