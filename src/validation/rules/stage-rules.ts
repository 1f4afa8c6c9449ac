import { cniSyntax } from './cni/syntax/index.ts';
import { messages as cniSyntaxMessages } from './cni/syntax/messages.ts';
import { fileRules } from './file/index.ts';
import { missingApiVersion } from './k8s/missing-api-version/index.ts';
import { messages as missingApiVersionMessages } from './k8s/missing-api-version/messages.ts';
import { missingKind } from './k8s/missing-kind/index.ts';
import { messages as missingKindMessages } from './k8s/missing-kind/messages.ts';
import { notAnObject } from './k8s/not-an-object/index.ts';
import { messages as notAnObjectMessages } from './k8s/not-an-object/messages.ts';
import type { RuleModule } from './rule.ts';
import { shPlaceholder } from './sh/placeholder/index.ts';
import { messages as shPlaceholderMessages } from './sh/placeholder/messages.ts';
import { shSyntax } from './sh/syntax/index.ts';
import { messages as shSyntaxMessages } from './sh/syntax/messages.ts';
import { yamlRules } from './yaml/index.ts';

/**
 * Problems found while reading and parsing, before any rule runs, in registry order: reading (file/*), parsing YAML
 * (yaml/*), CNI JSON (cni/syntax) or a command file (sh/syntax, sh/placeholder), then turning documents into objects
 * (the three k8s/* rules). Each rule has its folder under its id's area (`rules/<area>/<rule-name>/`); this list only
 * gathers them in the order a file is read.
 */
export const stageRules: RuleModule[] = [
  ...fileRules,
  ...yamlRules,
  { rule: cniSyntax, messages: cniSyntaxMessages },
  { rule: shSyntax, messages: shSyntaxMessages },
  { rule: shPlaceholder, messages: shPlaceholderMessages },
  { rule: notAnObject, messages: notAnObjectMessages },
  { rule: missingKind, messages: missingKindMessages },
  { rule: missingApiVersion, messages: missingApiVersionMessages },
];
