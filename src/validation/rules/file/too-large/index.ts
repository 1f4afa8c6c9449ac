import type { StageRule } from '../../rule.ts';

/** Reported by a reading stage, read-files.ts, not by a check of its own: registered for its level, docs and tests. */
export const fileTooLarge: StageRule = {
  id: 'file/too-large',
  level: 'api',
  target: 'stage',
  description:
    'A file over the size limit (16 MiB for the CLI, room for real bundles of several MiB; the playground keeps 1 MiB per document): rejected before it is read.',
};
