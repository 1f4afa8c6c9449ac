import type { RuleModule } from '../rule.ts';
import { fileBinary } from './binary/index.ts';
import { messages as binaryMessages } from './binary/messages.ts';
import { fileSpecial } from './special/index.ts';
import { messages as specialMessages } from './special/messages.ts';
import { fileTooLarge } from './too-large/index.ts';
import { messages as tooLargeMessages } from './too-large/messages.ts';
import { fileUnreadable } from './unreadable/index.ts';
import { messages as unreadableMessages } from './unreadable/messages.ts';
import { fileUnsupported } from './unsupported/index.ts';
import { messages as unsupportedMessages } from './unsupported/messages.ts';

/** The file/* rules (reported while reading files), one folder each, in registry order. */
export const fileRules: RuleModule[] = [
  { rule: fileUnreadable, messages: unreadableMessages },
  { rule: fileTooLarge, messages: tooLargeMessages },
  { rule: fileSpecial, messages: specialMessages },
  { rule: fileBinary, messages: binaryMessages },
  { rule: fileUnsupported, messages: unsupportedMessages },
];
