import type { RuleModule } from '../rule.ts';
import { celNotEvaluated } from './cel-not-evaluated/index.ts';
import { messages as celNotEvaluatedMessages } from './cel-not-evaluated/messages.ts';
import { celRule } from './cel-rule/index.ts';
import { messages as celRuleMessages } from './cel-rule/messages.ts';
import { containerImage } from './container-image/index.ts';
import { messages as containerImageMessages } from './container-image/messages.ts';
import { containerName } from './container-name/index.ts';
import { messages as containerNameMessages } from './container-name/messages.ts';
import { crdSchema } from './crd-schema/index.ts';
import { messages as crdSchemaMessages } from './crd-schema/messages.ts';
import { crdScope } from './crd-scope/index.ts';
import { messages as crdScopeMessages } from './crd-scope/messages.ts';
import { duplicateContainerField } from './duplicate-container-field/index.ts';
import { messages as duplicateContainerFieldMessages } from './duplicate-container-field/messages.ts';
import { duplicateContainerName } from './duplicate-container-name/index.ts';
import { messages as duplicateContainerNameMessages } from './duplicate-container-name/messages.ts';
import { duplicateListKey } from './duplicate-list-key/index.ts';
import { messages as duplicateListKeyMessages } from './duplicate-list-key/messages.ts';
import { duplicateServicePort } from './duplicate-service-port/index.ts';
import { messages as duplicateServicePortMessages } from './duplicate-service-port/messages.ts';
import { duplicateVolumeName } from './duplicate-volume-name/index.ts';
import { messages as duplicateVolumeNameMessages } from './duplicate-volume-name/messages.ts';
import { enumValue } from './enum/index.ts';
import { messages as enumMessages } from './enum/messages.ts';
import { format } from './format/index.ts';
import { messages as formatMessages } from './format/messages.ts';
import { labelKey } from './label-key/index.ts';
import { messages as labelKeyMessages } from './label-key/messages.ts';
import { labelValueRule } from './label-value/index.ts';
import { messages as labelValueMessages } from './label-value/messages.ts';
import { listType } from './list-type/index.ts';
import { messages as listTypeMessages } from './list-type/messages.ts';
import { namespaceExists } from './namespace-exists/index.ts';
import { messages as namespaceExistsMessages } from './namespace-exists/messages.ts';
import { nodePortRange } from './node-port-range/index.ts';
import { messages as nodePortRangeMessages } from './node-port-range/messages.ts';
import { objectName } from './object-name/index.ts';
import { messages as objectNameMessages } from './object-name/messages.ts';
import { portName } from './port-name/index.ts';
import { messages as portNameMessages } from './port-name/messages.ts';
import { portRange } from './port-range/index.ts';
import { messages as portRangeMessages } from './port-range/messages.ts';
import { requiredField } from './required-field/index.ts';
import { messages as requiredFieldMessages } from './required-field/messages.ts';
import { schemaConstraint } from './schema-constraint/index.ts';
import { messages as schemaConstraintMessages } from './schema-constraint/messages.ts';
import { selectorMismatch } from './selector-mismatch/index.ts';
import { messages as selectorMismatchMessages } from './selector-mismatch/messages.ts';
import { serviceName } from './service-name/index.ts';
import { messages as serviceNameMessages } from './service-name/messages.ts';
import { servicePortNameRequired } from './service-port-name-required/index.ts';
import { messages as servicePortNameRequiredMessages } from './service-port-name-required/messages.ts';
import { serviceSelectsNothing } from './service-selects-nothing/index.ts';
import { messages as serviceSelectsNothingMessages } from './service-selects-nothing/messages.ts';
import { targetPortName } from './target-port-name/index.ts';
import { messages as targetPortNameMessages } from './target-port-name/messages.ts';
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
  { rule: objectName, messages: objectNameMessages },
  { rule: serviceName, messages: serviceNameMessages },
  { rule: labelKey, messages: labelKeyMessages },
  { rule: labelValueRule, messages: labelValueMessages },
  { rule: portRange, messages: portRangeMessages },
  { rule: portName, messages: portNameMessages },
  { rule: nodePortRange, messages: nodePortRangeMessages },
  { rule: servicePortNameRequired, messages: servicePortNameRequiredMessages },
  { rule: duplicateServicePort, messages: duplicateServicePortMessages },
  { rule: selectorMismatch, messages: selectorMismatchMessages },
  { rule: containerName, messages: containerNameMessages },
  { rule: duplicateContainerName, messages: duplicateContainerNameMessages },
  { rule: containerImage, messages: containerImageMessages },
  { rule: duplicateVolumeName, messages: duplicateVolumeNameMessages },
  { rule: duplicateContainerField, messages: duplicateContainerFieldMessages },
  { rule: duplicateListKey, messages: duplicateListKeyMessages },
  { rule: serviceSelectsNothing, messages: serviceSelectsNothingMessages },
  { rule: targetPortName, messages: targetPortNameMessages },
  { rule: namespaceExists, messages: namespaceExistsMessages },
];
