import { closest, distance } from 'fastest-levenshtein';
import { kubectlOf } from '../../../kubectl/kubectl-command.ts';
import { resourceTypeNames } from '../../../kubectl/snapshot.ts';
import type { CommandRule } from '../../rule.ts';

/**
 * Type words that resolve to no built-in or custom resource type (a category such as `all` is fine), with the closest
 * type name, plural or short name when one is within two edits.
 */
export const resourceType: CommandRule = {
  id: 'kubectl/resource-type',
  level: 'api',
  target: 'command',
  description: 'A resource type kubectl does not know (built-in types, their plurals and short names such as svc, deploy).',
  check(command, report, env, file) {
    const custom = env.crds?.resourceTypes();
    for (const { token, word, type, category } of kubectlOf(command, custom)?.types ?? []) {
      if (type || category) continue;
      const best = closest(token.toLowerCase(), resourceTypeNames(custom));
      const suggestion = distance(best, token.toLowerCase()) <= 2 ? best : undefined;
      report({
        at: file.at(word),
        messageId: suggestion ? 'kubectl/resource-type.suggest' : 'kubectl/resource-type',
        params: { type: token, ...(suggestion ? { suggestion } : {}) },
        found: token,
        expected: suggestion,
      });
    }
  },
};
