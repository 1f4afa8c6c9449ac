import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, parse-yaml.ts, not by a check of its own: registered for its level, docs and tests. */
export const yamlDuplicateKey: StageRule = {
  id: 'yaml/duplicate-key',
  level: 'api',
  target: 'stage',
  description: 'A mapping with the same key twice (the API server rejects it; kubectl would silently keep one).',
};
