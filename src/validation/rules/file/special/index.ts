import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, read-files.ts, not by a check of its own: registered for its level, docs and tests. */
export const fileSpecial: StageRule = {
  id: 'file/special',
  level: 'api',
  target: 'stage',
  description: 'A path that is neither a regular file nor a folder (a FIFO, socket or device): rejected at once, never read (exit code 2).',
};
