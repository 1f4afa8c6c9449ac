import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, engine.ts, not by a check of its own: registered for its level, docs and tests. */
export const fileUnsupported: StageRule = {
  id: 'file/unsupported',
  level: 'api',
  target: 'stage',
  description: 'A file given explicitly whose extension the validator does not handle.',
};
