import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, read-files.ts, not by a check of its own: registered for its level, docs and tests. */
export const fileUnreadable: StageRule = {
  id: 'file/unreadable',
  level: 'api',
  target: 'stage',
  description: 'A path that does not exist or cannot be read (exit code 2).',
};
