import type { RuleModule } from '../rule.ts';
import { execCommand } from './exec-command/index.ts';
import { messages as execCommandMessages } from './exec-command/messages.ts';
import { fileNotFound } from './file-not-found/index.ts';
import { messages as fileNotFoundMessages } from './file-not-found/messages.ts';
import { flagValue } from './flag-value/index.ts';
import { messages as flagValueMessages } from './flag-value/messages.ts';
import { innerProgram } from './inner-program/index.ts';
import { messages as innerProgramMessages } from './inner-program/messages.ts';
import { innerService } from './inner-service/index.ts';
import { messages as innerServiceMessages } from './inner-service/messages.ts';
import { innerUnchecked } from './inner-unchecked/index.ts';
import { messages as innerUncheckedMessages } from './inner-unchecked/messages.ts';
import { missingArgument } from './missing-argument/index.ts';
import { messages as missingArgumentMessages } from './missing-argument/messages.ts';
import { outputFormat } from './output-format/index.ts';
import { messages as outputFormatMessages } from './output-format/messages.ts';
import { resourceName } from './resource-name/index.ts';
import { messages as resourceNameMessages } from './resource-name/messages.ts';
import { resourceType } from './resource-type/index.ts';
import { messages as resourceTypeMessages } from './resource-type/messages.ts';
import { unknownCommand } from './unknown-command/index.ts';
import { messages as unknownCommandMessages } from './unknown-command/messages.ts';
import { unknownFlag } from './unknown-flag/index.ts';
import { messages as unknownFlagMessages } from './unknown-flag/messages.ts';
import { unknownObject } from './unknown-object/index.ts';
import { messages as unknownObjectMessages } from './unknown-object/messages.ts';

/** The kubectl/* rules, one folder each, in registry order. */
export const kubectlRules: RuleModule[] = [
  { rule: unknownCommand, messages: unknownCommandMessages },
  { rule: unknownFlag, messages: unknownFlagMessages },
  { rule: flagValue, messages: flagValueMessages },
  { rule: missingArgument, messages: missingArgumentMessages },
  { rule: outputFormat, messages: outputFormatMessages },
  { rule: resourceType, messages: resourceTypeMessages },
  { rule: resourceName, messages: resourceNameMessages },
  { rule: fileNotFound, messages: fileNotFoundMessages },
  { rule: unknownObject, messages: unknownObjectMessages },
  { rule: execCommand, messages: execCommandMessages },
  { rule: innerProgram, messages: innerProgramMessages },
  { rule: innerService, messages: innerServiceMessages },
  { rule: innerUnchecked, messages: innerUncheckedMessages },
];
