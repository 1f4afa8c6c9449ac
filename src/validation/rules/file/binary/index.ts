import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, read-files.ts and engine.ts, not by a check of its own: registered for its level, docs and tests. */
export const fileBinary: StageRule = {
  id: 'file/binary',
  level: 'api',
  target: 'stage',
  description: 'A file that is not UTF-8 text (NUL bytes or invalid UTF-8).',
};
