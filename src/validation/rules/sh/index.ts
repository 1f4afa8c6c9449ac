import type { RuleModule } from '../rule.ts';
import { unknownProgram } from './unknown-program/index.ts';
import { messages as unknownProgramMessages } from './unknown-program/messages.ts';

/**
 * The sh/* rules that check a parsed command file, one folder each, in registry order. `sh/syntax` (./syntax/) and
 * `sh/placeholder` (./placeholder/) are reported while parsing, so they are listed with the other reading stages in
 * `rules/stage-rules.ts`.
 */
export const shRules: RuleModule[] = [{ rule: unknownProgram, messages: unknownProgramMessages }];
