import type { StageRule } from '../../rule.ts';

/** Reported by the engine when mvdan/sh cannot parse a command file (`engine.ts`); registered for its level, docs and tests. */
export const shSyntax: StageRule = {
  id: 'sh/syntax',
  level: 'api',
  target: 'stage',
  description: 'A command file that a POSIX shell cannot parse.',
};
