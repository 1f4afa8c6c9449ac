import type { RuleModule } from '../rule.ts';
import { placeholder } from './placeholder/index.ts';
import { messages as placeholderMessages } from './placeholder/messages.ts';
import { syntax } from './syntax/index.ts';
import { messages as syntaxMessages } from './syntax/messages.ts';
import { unknownProgram } from './unknown-program/index.ts';
import { messages as unknownProgramMessages } from './unknown-program/messages.ts';

/** The sh/* rules, one folder each, in registry order. */
export const shRules: RuleModule[] = [
  { rule: syntax, messages: syntaxMessages },
  { rule: placeholder, messages: placeholderMessages },
  { rule: unknownProgram, messages: unknownProgramMessages },
];
