import type { StageRule } from '../../rule.ts';

/**
 * Reported by the engine for the placeholders the shell reader finds before parsing (`kubectl/shell.ts`): a shell would
 * read `<name>` as two redirections. Registered for its level, docs and tests.
 */
export const shPlaceholder: StageRule = {
  id: 'sh/placeholder',
  level: 'api',
  target: 'stage',
  description: 'A prose placeholder such as `<Service名>` in a command file: examples use real names.',
};
