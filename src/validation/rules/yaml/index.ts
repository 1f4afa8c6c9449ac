import type { RuleModule } from '../rule.ts';
import { yamlAliasLimit } from './alias-limit/index.ts';
import { messages as aliasLimitMessages } from './alias-limit/messages.ts';
import { yamlDepth } from './depth/index.ts';
import { messages as depthMessages } from './depth/messages.ts';
import { yamlDuplicateKey } from './duplicate-key/index.ts';
import { messages as duplicateKeyMessages } from './duplicate-key/messages.ts';
import { yamlSyntax } from './syntax/index.ts';
import { messages as syntaxMessages } from './syntax/messages.ts';

/** The yaml/* rules (reported while parsing YAML), one folder each, in registry order. */
export const yamlRules: RuleModule[] = [
  { rule: yamlSyntax, messages: syntaxMessages },
  { rule: yamlDuplicateKey, messages: duplicateKeyMessages },
  { rule: yamlAliasLimit, messages: aliasLimitMessages },
  { rule: yamlDepth, messages: depthMessages },
];
