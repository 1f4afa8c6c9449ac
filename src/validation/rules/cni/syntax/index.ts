import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, parse-json.ts, not by a check of its own: registered for its level, docs and tests. */
export const cniSyntax: StageRule = {
  id: 'cni/syntax',
  level: 'api',
  target: 'stage',
  description:
    'A .conf/.conflist (or CNI .json) that is not strict JSON as libcni reads it (Go `encoding/json`): comments, trailing commas, single quotes, YAML; with line and column.',
};
