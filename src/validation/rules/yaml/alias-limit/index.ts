import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, parse-yaml.ts, not by a check of its own: registered for its level, docs and tests. */
export const yamlAliasLimit: StageRule = {
  id: 'yaml/alias-limit',
  level: 'api',
  target: 'stage',
  description: 'A document whose aliases expand beyond a small limit (a "billion laughs" bomb): rejected without expanding it.',
};
