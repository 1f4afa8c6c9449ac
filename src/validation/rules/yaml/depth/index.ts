import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, parse-yaml.ts (yaml-depth.ts), not by a check of its own: registered for its level, docs and tests. */
export const yamlDepth: StageRule = {
  id: 'yaml/depth',
  level: 'api',
  target: 'stage',
  description: 'A document nested deeper than 512 levels: rejected before parsing, which would overflow the stack.',
};
