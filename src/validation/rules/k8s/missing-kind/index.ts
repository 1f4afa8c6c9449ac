import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, resource.ts, not by a check of its own: registered for its level, docs and tests. */
export const missingKind: StageRule = {
  id: 'k8s/missing-kind',
  level: 'api',
  target: 'stage',
  description: 'A Kubernetes object without `kind`.',
};
