import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, parse-yaml.ts, not by a check of its own: registered for its level, docs and tests. */
export const yamlSyntax: StageRule = {
  id: 'yaml/syntax',
  level: 'api',
  target: 'stage',
  description: 'A YAML or JSON syntax error (including tabs used for indentation).',
};
