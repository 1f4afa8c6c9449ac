import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, resource.ts, not by a check of its own: registered for its level, docs and tests. */
export const notAnObject: StageRule = {
  id: 'k8s/not-an-object',
  level: 'api',
  target: 'stage',
  description: 'A document (or List item) that is not a mapping.',
};
