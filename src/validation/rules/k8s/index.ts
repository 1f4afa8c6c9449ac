import type { RuleModule } from '../rule.ts';
import { celNotEvaluated } from './cel-not-evaluated/index.ts';
import { messages as celNotEvaluatedMessages } from './cel-not-evaluated/messages.ts';
import { celRule } from './cel-rule/index.ts';
import { messages as celRuleMessages } from './cel-rule/messages.ts';
import { crdSchema } from './crd-schema/index.ts';
import { messages as crdSchemaMessages } from './crd-schema/messages.ts';
import { crdScope } from './crd-scope/index.ts';
import { messages as crdScopeMessages } from './crd-scope/messages.ts';
import { enumValue } from './enum/index.ts';
import { messages as enumMessages } from './enum/messages.ts';
import { format } from './format/index.ts';
import { messages as formatMessages } from './format/messages.ts';
import { listType } from './list-type/index.ts';
import { messages as listTypeMessages } from './list-type/messages.ts';
import { requiredField } from './required-field/index.ts';
import { messages as requiredFieldMessages } from './required-field/messages.ts';
import { schemaConstraint } from './schema-constraint/index.ts';
import { messages as schemaConstraintMessages } from './schema-constraint/messages.ts';
import { type } from './type/index.ts';
import { messages as typeMessages } from './type/messages.ts';
import { unknownField } from './unknown-field/index.ts';
import { messages as unknownFieldMessages } from './unknown-field/messages.ts';
import { unknownKind } from './unknown-kind/index.ts';
import { messages as unknownKindMessages } from './unknown-kind/messages.ts';

/** The k8s rules, one folder each, in registry order (the README's rules table and the order rules run). */
export const k8sRules: RuleModule[] = [
  { rule: unknownKind, messages: unknownKindMessages },
  { rule: requiredField, messages: requiredFieldMessages },
  { rule: type, messages: typeMessages },
  { rule: enumValue, messages: enumMessages },
  { rule: format, messages: formatMessages },
  { rule: unknownField, messages: unknownFieldMessages },
  { rule: schemaConstraint, messages: schemaConstraintMessages },
  { rule: listType, messages: listTypeMessages },
  { rule: celRule, messages: celRuleMessages },
  { rule: celNotEvaluated, messages: celNotEvaluatedMessages },
  { rule: crdScope, messages: crdScopeMessages },
  { rule: crdSchema, messages: crdSchemaMessages },
];
